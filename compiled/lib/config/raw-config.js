"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isOn = exports.isSet = void 0;
exports.issueCollector = issueCollector;
/** Whether a raw value is given (not missing, null or empty). */
const isSet = (v) => v !== undefined && v !== null && v !== '';
exports.isSet = isSet;
/** Whether a raw flag is on. */
const isOn = (v) => v === true;
exports.isOn = isOn;
/** An issue list and the rule "`key` is required because ...", for the cross-field rules. */
function issueCollector(cfg) {
    const issues = [];
    return { issues, requireKey: (key, because) => { if (!(0, exports.isSet)(cfg[key]))
            issues.push({ key, message: `is required ${because}` }); } };
}
