import * as path from 'path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '..');
const ENTRY_POINTS = { main: 'lib/index.ts', sops: 'lib/sops/index.ts', validate: 'lib/validate/index.ts', tooling: 'lib/tooling.ts' };

const program = ts.createProgram(Object.values(ENTRY_POINTS).map((f) => path.join(root, f)), {
  module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true, types: ['node'],
});
const checker = program.getTypeChecker();

function exportsOf(file: string): ts.Symbol[] {
  const source = program.getSourceFile(path.join(root, file))!;
  return checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
}

const resolve = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);

const isHidden = (node: ts.Node) => ts.canHaveModifiers(node)
  && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);

/**
 * The named types of lib/ that a declaration's public signature mentions (bodies, initializers and
 * `typeof` left out). Types of imports/ are reachable through the `langfuse-cdk8s/imports/*` subpath.
 */
function referencedProjectTypes(declaration: ts.Node): ts.Symbol[] {
  const found: ts.Symbol[] = [];
  const visit = (node: ts.Node): void => {
    if (isHidden(node) || ts.isBlock(node) || ts.isTypeQueryNode(node)) return;
    if ((ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isParameter(node)) && node.type) return visit(node.type);
    const name = ts.isTypeReferenceNode(node) ? node.typeName
      : ts.isExpressionWithTypeArguments(node) ? node.expression
        : ts.isTypeQueryNode(node) ? node.exprName : undefined;
    const symbol = name && checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : ts.isPropertyAccessExpression(name) ? name.name : name);
    const file = symbol && resolve(symbol).declarations?.[0]?.getSourceFile().fileName;
    if (symbol && file?.startsWith(path.join(root, 'lib') + path.sep) && !(resolve(symbol).flags & ts.SymbolFlags.TypeParameter)) found.push(resolve(symbol));
    ts.forEachChild(node, visit);
  };
  visit(declaration);
  return found;
}

describe('the public entry point', () => {
  const main = exportsOf(ENTRY_POINTS.main);
  const exported = new Set(main.map(resolve));

  test('names every type that its exports mention, so a consumer can spell each prop type', () => {
    // GIVEN every declaration the main entry point exports
    const missing = new Set<string>();
    for (const symbol of main) {
      for (const declaration of resolve(symbol).declarations ?? []) {
        // WHEN its public signature mentions a type declared in lib/
        for (const used of referencedProjectTypes(declaration)) {
          // THEN that type is exported too
          if (!exported.has(used)) {
            missing.add(`${used.name} (${path.relative(root, used.declarations![0].getSourceFile().fileName)}), used by ${symbol.name}`);
          }
        }
      }
    }
    expect([...missing].sort()).toEqual([]);
  });

  test('exports the constructs of the design and the config and synth functions', () => {
    const names = main.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([
      'LangfuseChart', 'LangfuseChartProps', 'CnpgCluster', 'DragonflyAcl', 'HttpRoute', 'CiliumPolicy', 'ServiceMonitor', 'PodMonitor',
      'KeycloakClient', 'SopsSecret', 'FluxAppChart', 'FluxKustomization', 'LangfuseRelease', 'ObjectStorage', 'RedisBackend',
      'parseConfig', 'loadConfigFile', 'toChartProps', 'buildApp', 'synthesizeFluxTree', 'renderFluxTree', 'writeTree', 'addLangfuseNeighbours',
    ]));
  });

  test('leaves the internals to the subpaths', () => {
    const names = new Set(main.map((s) => s.name));
    const internals = ['encryptSopsYaml', 'decryptSopsYaml', 'loadAgeIdentities', 'validateTree', 'configJsonSchema', 'configKeyInfos', 'unifiedDiff', 'KEY_PROBES', 'renderConfigurationReference'];
    expect(internals.filter((n) => names.has(n))).toEqual([]);
    const bySubpath = { sops: ['encryptSopsYaml', 'decryptSopsYaml', 'loadAgeIdentities'], validate: ['validateTree'], tooling: ['configJsonSchema', 'configKeyInfos', 'unifiedDiff', 'KEY_PROBES', 'renderConfigurationReference'] };
    for (const [subpath, expected] of Object.entries(bySubpath)) {
      expect(exportsOf(ENTRY_POINTS[subpath as keyof typeof bySubpath]).map((s) => s.name)).toEqual(expect.arrayContaining(expected));
    }
  });
});
