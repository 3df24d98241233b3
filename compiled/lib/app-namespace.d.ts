import { Construct } from 'constructs';
/** Props of `AppNamespace`. */
export interface AppNamespaceProps {
    readonly name: string;
    /**
     * Pod Security Standard level enforced; `restricted` is audited and warned about.
     * @default 'baseline'
     */
    readonly enforce?: 'privileged' | 'baseline' | 'restricted';
}
/**
 * The app's Namespace. Flux never prunes it: deleting the app must not take the database volumes
 * with it.
 */
export declare class AppNamespace extends Construct {
    readonly name: string;
    constructor(scope: Construct, id: string, props: AppNamespaceProps);
}
