"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMMANDS = void 0;
exports.findCommand = findCommand;
exports.commandList = commandList;
const decrypt_1 = require("./decrypt");
const diff_1 = require("./diff");
const doctor_1 = require("./doctor");
const explain_1 = require("./explain");
const import_reference_1 = require("./import-reference");
const init_1 = require("./init");
const secrets_1 = require("./secrets");
const synth_1 = require("./synth");
const upgrade_1 = require("./upgrade");
const validate_1 = require("./validate");
/** The subcommands, in the order the help lists them. */
exports.COMMANDS = [
    synth_1.synthCommand, init_1.initCommand, import_reference_1.importReferenceCommand, secrets_1.secretsCommand, explain_1.explainCommand, diff_1.diffCommand, validate_1.validateCommand, doctor_1.doctorCommand, upgrade_1.upgradeCommand,
    decrypt_1.decryptCommand,
];
/** The command of that name, if there is one. */
function findCommand(name) {
    return exports.COMMANDS.find((c) => c.name === name);
}
/** The command list of the top-level help: `name  summary` lines. */
function commandList(indent = '  ') {
    const width = Math.max(...exports.COMMANDS.map((c) => c.name.length));
    return exports.COMMANDS.map((c) => `${indent}${c.name.padEnd(width)}  ${c.summary}`).join('\n');
}
