"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.callerDir = callerDir;
exports.callerPath = callerPath;
exports.shownPath = shownPath;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
/**
 * The folder the user ran the command in. `npm run cli -- ...` (and `npm run synth`) run in the
 * package root, and npm says where it was started in `INIT_CWD`; that folder is the user's. It is
 * trusted only while this process is the npm script itself (its folder is the one of
 * `npm_package_json`): a process that merely inherited the variables, like a test's child in
 * another folder, uses its own working folder.
 */
function callerDir(env = process.env, cwd = process.cwd()) {
    const initCwd = env.INIT_CWD;
    const packageJson = env.npm_package_json;
    if (initCwd && path.isAbsolute(initCwd) && packageJson && samePath(path.dirname(packageJson), cwd))
        return initCwd;
    return cwd;
}
function samePath(a, b) {
    if (path.resolve(a) === path.resolve(b))
        return true;
    try {
        return fs.realpathSync(a) === fs.realpathSync(b);
    }
    catch {
        return false;
    }
}
/**
 * A path the user gave (an option, an argument, an environment variable), made absolute against
 * the folder they ran the command in ({@link callerDir}); absolute paths are kept as they are.
 */
function callerPath(given, env = process.env, cwd = process.cwd()) {
    return path.resolve(callerDir(env, cwd), given);
}
/** An absolute path as the user would type it: relative to their folder when inside it, else absolute. */
function shownPath(absolute, env = process.env, cwd = process.cwd()) {
    const relative = path.relative(callerDir(env, cwd), absolute);
    if (relative === '')
        return '.';
    return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}
