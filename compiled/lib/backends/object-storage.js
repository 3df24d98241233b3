"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BundledMinio = exports.ExternalObjectStorage = exports.ObjectStorage = void 0;
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
const shared_services_1 = require("../settings/shared-services");
/** Where Langfuse keeps events, media and exports. Create one with a static factory. */
class ObjectStorage {
    /**
     * An external S3-compatible store, such as the cluster's shared RustFS.
     * @param endpoint in-cluster S3 URL, like `http://rustfs-svc.storage.svc.cluster.local:9000`
     */
    static external(options) {
        (0, prop_checks_1.checkProp)('ObjectStorage.external() endpoint', options.endpoint, (0, fields_1.httpUrl)());
        checkCredentials('ObjectStorage.external() credentials', options.credentials);
        return new ExternalObjectStorage(options);
    }
    /** The MinIO that the chart bundles, with root credentials from a Secret. */
    static bundledMinio(rootCredentials) {
        checkCredentials('ObjectStorage.bundledMinio() rootCredentials', rootCredentials);
        return new BundledMinio(rootCredentials);
    }
}
exports.ObjectStorage = ObjectStorage;
function checkCredentials(path, credentials) {
    (0, prop_checks_1.checkProp)(`${path}.accessKey`, credentials?.accessKey, (0, fields_1.s3Key)(), { secret: true });
    (0, prop_checks_1.checkProp)(`${path}.secretKey`, credentials?.secretKey, (0, fields_1.s3Key)(), { secret: true });
}
/** An external S3-compatible store. */
class ExternalObjectStorage extends ObjectStorage {
    bundled = false;
    endpoint;
    region;
    credentials;
    fluxDependency;
    constructor(options) {
        super();
        this.endpoint = options.endpoint;
        this.region = options.region ?? 'us-east-1';
        this.credentials = options.credentials;
        this.fluxDependency = options.fluxDependency ?? (0, shared_services_1.fluxDependencyOf)(shared_services_1.RUSTFS);
    }
}
exports.ExternalObjectStorage = ExternalObjectStorage;
/** The chart's bundled MinIO. */
class BundledMinio extends ObjectStorage {
    credentials;
    bundled = true;
    constructor(credentials) {
        super();
        this.credentials = credentials;
    }
}
exports.BundledMinio = BundledMinio;
