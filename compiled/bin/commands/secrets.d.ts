import { CliCommand } from './command';
/** `secrets generate`: fresh secret values as config YAML on stdout. */
export declare const secretsCommand: CliCommand;
