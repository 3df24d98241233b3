import { Construct } from 'constructs';
/** Props of `StatsdMappingConfigMap`. */
export interface StatsdMappingConfigMapProps {
    /** metadata.name; the sidecars mount it (see `statsdMappingConfigMapName`). */
    readonly name: string;
    readonly namespace: string;
}
/**
 * The ConfigMap with the statsd_exporter mapping (`mapping.yaml`) that the statsd-exporter
 * sidecars of web and worker mount. The exporter reads it at start only; the pods carry its
 * checksum as an annotation, so a changed mapping rolls them.
 */
export declare class StatsdMappingConfigMap extends Construct {
    readonly name: string;
    /** SHA-256 of the mapping. */
    readonly checksum: string;
    constructor(scope: Construct, id: string, props: StatsdMappingConfigMapProps);
}
