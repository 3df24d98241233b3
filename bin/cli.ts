#!/usr/bin/env node
// The langfuse-cdk8s command line: `npm run cli -- <command> [options]`.
import { runCli } from './cli-main';

void runCli(process.argv.slice(2)).then((code) => { process.exitCode = code; });
