// Jest setup: tests never read the developer's own age key. sops, and this tool as sops does, read
// <user config folder>/sops/age/keys.txt by default; pointing XDG_CONFIG_HOME at a folder that does
// not exist gives every test (and every process a test starts) no default key file.
import * as os from 'os';
import * as path from 'path';

process.env.XDG_CONFIG_HOME = path.join(os.tmpdir(), 'langfuse-cdk8s-tests-have-no-user-config');
