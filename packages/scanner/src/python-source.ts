import type { Framework, SerializationFormat, Tf1Api } from '@mmt/domain';
import { frameworkOfModule, namesContrib, rootOf, serializationOfPath, tf1ApiOf } from './python-apis.js';
import { importsOf, type ImportStatement } from './python-imports.js';
import { statements, tokenize, type Token } from './python-tokens.js';

export interface PythonFindings {
  /** One per import statement and framework it imports. */
  imports: Array<{ line: number; framework: Framework }>;
  tf1Apis: Array<{ line: number; api: Tf1Api }>;
  serialization: Array<{ line: number; format: SerializationFormat }>;
}

interface Chain {
  /** The dotted path with its first name resolved through the file's imports. */
  path: string;
  line: number;
}

const isOp = (token: Token | undefined, value: string) => token?.kind === 'op' && token.value === value;
const isName = (token: Token | undefined) => token?.kind === 'name';

/**
 * Modules whose `.h5` files hold data, not Keras models: `.h5` paths passed to them never count,
 * and in a file that imports one, no bare `.h5` path counts (it is most likely data).
 */
const DATA_FILE_MODULES = new Set(['h5py', 'pandas', 'tables']);

/**
 * The dotted names in a statement (`tf.compat.v1.Session`, `contrib_tpu.TPUEstimator`,
 * `Session`) whose first name an import bound. A name that is being defined (`def`, `class`)
 * or assigned or passed as a keyword (`slim=…`) is not a use.
 */
function chainsOf(tokens: readonly Token[], bindings: ReadonlyMap<string, string>): Chain[] {
  const chains: Chain[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (token.kind !== 'name' || isOp(previous, '.')) return;
    if (previous?.kind === 'name' && (previous.value === 'def' || previous.value === 'class')) return;
    const target = bindings.get(token.value);
    if (target === undefined) return;
    const parts = [target];
    let next = index + 1;
    while (isOp(tokens[next], '.') && isName(tokens[next + 1])) {
      parts.push((tokens[next + 1] as Token).value);
      next += 2;
    }
    if (parts.length === 1 && isOp(tokens[next], '=')) return;
    chains.push({ path: parts.join('.'), line: token.line });
  });
  return chains;
}

/** The first name of the dotted name that ends at `tokens[end]`: `self.model` → self. */
function chainStart(tokens: readonly Token[], end: number): string | null {
  let index = end;
  while (isName(tokens[index]) && isOp(tokens[index - 1], '.')) index -= 2;
  const first = tokens[index];
  return isName(first) ? (first as Token).value : null;
}

/** What `model.save(…)` writes: SavedModel with `save_format="tf"`, nothing we track for `.keras`, else HDF5. */
function kerasSaveFormat(tokens: readonly Token[], open: number): SerializationFormat | null {
  let depth = 0;
  let first: Token | undefined;
  for (let index = open; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.kind === 'op' && ['(', '[', '{'].includes(token.value)) depth++;
    if (token.kind === 'op' && [')', ']', '}'].includes(token.value)) depth--;
    if (depth === 0) break;
    if (depth !== 1) continue;
    if (index === open + 1) first = token;
    if (token.kind === 'name' && token.value === 'save_format' && isOp(tokens[index + 1], '=')) {
      const value = tokens[index + 2];
      if (value?.kind === 'string' && /^(tf|tensorflow)$/i.test(value.value)) return 'savedmodel';
    }
  }
  if (first?.kind === 'string' && /\.keras$/i.test(first.value.trim())) return null;
  return 'keras-h5';
}

function methodSerialization(
  tokens: readonly Token[],
  bindings: ReadonlyMap<string, string>,
  imported: ReadonlySet<string>,
): PythonFindings['serialization'] {
  const found: PythonFindings['serialization'] = [];
  const usesTensorflow = imported.has('tensorflow');
  const usesKeras = usesTensorflow || imported.has('keras');
  const readsData = [...DATA_FILE_MODULES].some((module) => imported.has(module));
  tokens.forEach((token, index) => {
    const afterDot = isOp(tokens[index - 1], '.');
    if (token.kind === 'name' && afterDot && usesTensorflow && /^export_saved_?model$/.test(token.value)) {
      found.push({ line: token.line, format: 'savedmodel' });
    }
    const receiver = tokens[index - 2];
    if (token.kind === 'name' && token.value === 'save' && afterDot && isOp(tokens[index + 1], '(') && usesKeras) {
      // `model.save(`, `self.keras_model.save(`, `model2.save(`; not `model_saver.save(` (a tf.train.Saver)
      // nor `tf.saved_model.save(`, a module's function.
      const start = chainStart(tokens, index - 2);
      if (
        receiver?.kind === 'name' &&
        /model(_?\d+)?$/i.test(receiver.value) &&
        start !== null &&
        !bindings.has(start)
      ) {
        const format = kerasSaveFormat(tokens, index + 1);
        if (format) found.push({ line: token.line, format });
      }
    }
    if (token.kind === 'string' && usesKeras && /\.(h5|hdf5)$/i.test(token.value.trim())) {
      // The module of the call the path is passed to (`h5py.File(`, `load_model(`), when an import names it.
      const callee = isOp(tokens[index - 1], '(') ? chainStart(tokens, index - 2) : null;
      const target = callee === null ? undefined : bindings.get(callee);
      const data = target === undefined ? readsData : DATA_FILE_MODULES.has(rootOf(target));
      if (!data) found.push({ line: token.line, format: 'keras-h5' });
    }
  });
  return found;
}

function importFindings(imports: readonly ImportStatement[]): PythonFindings {
  const findings: PythonFindings = { imports: [], tf1Apis: [], serialization: [] };
  for (const statement of imports) {
    const frameworks = new Set(statement.modules.map(frameworkOfModule));
    frameworks.forEach((framework) => framework && findings.imports.push({ line: statement.line, framework }));
    if (namesContrib(statement.modules)) findings.tf1Apis.push({ line: statement.line, api: 'contrib' });
    if (statement.modules.some((module) => rootOf(module) === 'tf2onnx')) {
      findings.serialization.push({ line: statement.line, format: 'onnx' });
    }
  }
  return findings;
}

const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;

/**
 * What one Python file shows: the frameworks it imports, its TF1 API uses (through whatever
 * names its imports bound) and the serialization calls it makes. Comments and strings never count.
 */
export function scanPythonSource(text: string): PythonFindings {
  const imports: ImportStatement[] = [];
  const code: Token[][] = [];
  for (const tokens of statements(tokenize(text))) {
    const found = importsOf(tokens);
    if (found.length > 0) imports.push(...found);
    else code.push(tokens);
  }
  const bindings = new Map(imports.flatMap((statement) => statement.bindings));
  const imported = new Set(imports.flatMap((statement) => statement.modules.map(rootOf)));
  const findings = importFindings(imports);
  for (const tokens of code) {
    for (const chain of chainsOf(tokens, bindings)) {
      const api = tf1ApiOf(chain.path);
      if (api) findings.tf1Apis.push({ line: chain.line, api });
      const format = serializationOfPath(chain.path);
      if (format) findings.serialization.push({ line: chain.line, format });
    }
    findings.serialization.push(...methodSerialization(tokens, bindings, imported));
  }
  const serialization = new Map(findings.serialization.map((use) => [`${use.format} ${use.line}`, use]));
  return {
    imports: findings.imports,
    tf1Apis: findings.tf1Apis.sort(byLine),
    serialization: [...serialization.values()].sort(byLine),
  };
}
