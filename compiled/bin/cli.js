#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// The langfuse-cdk8s command line: `npm run cli -- <command> [options]`.
const cli_main_1 = require("./cli-main");
void (0, cli_main_1.runCli)(process.argv.slice(2)).then((code) => { process.exitCode = code; });
