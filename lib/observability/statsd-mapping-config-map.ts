import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { placeInFile } from '../output/file-placement';
import { STATSD_MAPPING_FILE } from './statsd-exporter-sidecar';
import { renderStatsdMapping, statsdMappingChecksum } from './statsd-mapping';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { checkProp } from '../prop-checks';

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
export class StatsdMappingConfigMap extends Construct {
  public readonly name: string;
  /** SHA-256 of the mapping. */
  public readonly checksum: string;

  constructor(scope: Construct, id: string, props: StatsdMappingConfigMapProps) {
    super(scope, id);
    checkProp('statsd mapping config map name', props.name, dnsSubdomain());
    checkProp(`statsd mapping config map ${props.name}: namespace`, props.namespace, dnsLabel());
    this.name = props.name;
    this.checksum = statsdMappingChecksum();
    const configMap = new k8s.KubeConfigMap(this, 'Resource', {
      metadata: {
        name: props.name,
        namespace: props.namespace,
        labels: { 'app.kubernetes.io/name': 'statsd-exporter', 'app.kubernetes.io/part-of': 'langfuse' },
      },
      data: { [STATSD_MAPPING_FILE]: renderStatsdMapping() },
    });
    placeInFile(configMap, 'statsd-exporter-configmap.yaml');
  }
}
