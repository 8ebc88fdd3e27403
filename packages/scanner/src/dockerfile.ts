import type { Framework } from '@mmt/domain';
import { parseCondaSpec } from './conda.js';
import type { Declaration } from './declaration.js';
import { packageDeclaration } from './packages.js';
import { parseRequirement } from './requirement.js';
import { shellWords, type ShellWord } from './shell-words.js';

interface Instruction {
  keyword: string;
  /** The arguments, continuation lines joined. */
  args: string;
  /** The file line of a character of `args`. */
  lineAt(offset: number): number;
}

/** Where each joined physical line starts in the joined text, and its file line. */
type LineStarts = Array<{ offset: number; line: number }>;

/** The line of the last start at or before `offset` (a binary search: a RUN may span thousands of lines). */
function lineAt(starts: LineStarts, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] as LineStarts[number]).offset <= offset) low = middle;
    else high = middle - 1;
  }
  return starts[low]?.line ?? 1;
}

/** Instructions, with backslash continuations joined and comment lines dropped (also inside continuations). */
function instructions(text: string): Instruction[] {
  const result: Instruction[] = [];
  let joined = '';
  let starts: LineStarts = [];
  const flush = () => {
    const match = /^\s*(\S+)\s*/.exec(joined);
    if (match) {
      const skip = match[0].length;
      const lines = starts;
      result.push({
        keyword: (match[1] as string).toUpperCase(),
        args: joined.slice(skip),
        lineAt: (offset) => lineAt(lines, offset + skip),
      });
    }
    joined = '';
    starts = [];
  };
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    if (/^\s*#/.test(raw) || (joined !== '' && raw.trim() === '')) continue;
    const continued = /\\\s*$/.test(raw);
    starts.push({ offset: joined.length, line: index + 1 });
    joined += continued ? raw.replace(/\\\s*$/, ' ') : raw;
    if (!continued) flush();
  }
  flush(); // a continuation on the last line
  return result;
}

interface ImageMeaning {
  framework: Framework;
  /** What the tag says of the framework's version, as PEP 440; null when it says nothing. */
  specifier: string | null;
}

const leadingVersion = (tag: string) => /^(\d+(?:\.\d+)*)/.exec(tag)?.[1];
const pinned = (version: string | undefined) => (version ? `==${version}` : null);

/** NGC TensorFlow tags name TF1 or TF2 (`20.03-tf1-py3`); before 19.11 they shipped TF1 only (`18.11-py3`). */
function ngcTensorflow(tag: string): string | null {
  const marker = /-tf([12])(?:-|$)/.exec(tag)?.[1];
  if (marker) return `==${marker}.*`;
  const year = /^(\d+)\.\d+/.exec(tag)?.[1];
  return year && Number(year) <= 19 ? '==1.*' : null;
}

/** Google's Deep Learning Containers name the framework and version in the image: `tf-gpu.1-15`, `pytorch-gpu.1-4`. */
function deepLearningContainer(name: string): ImageMeaning | null {
  const match = /(?:^|\/)(tf2?|pytorch)-(?:cpu|gpu|cu\d+)(?:\.(\d+)-(\d+))?$/.exec(name);
  if (!match) return null;
  const [, kind, major, minor] = match;
  const version = major !== undefined ? `==${major}.${minor}` : null;
  if (kind === 'pytorch') return { framework: 'pytorch', specifier: version };
  return { framework: 'tensorflow', specifier: version ?? (kind === 'tf2' ? '==2.*' : null) };
}

/** The framework a base image ships, and what its tag says of the version. */
function imageMeaning(name: string, tag: string): ImageMeaning | null {
  switch (name) {
    case 'tensorflow/tensorflow':
    case 'tensorflow/serving':
      return { framework: 'tensorflow', specifier: pinned(leadingVersion(tag)) };
    case 'pytorch/pytorch':
      return { framework: 'pytorch', specifier: pinned(leadingVersion(tag)) };
    case 'nvcr.io/nvidia/tensorflow':
      return { framework: 'tensorflow', specifier: ngcTensorflow(tag) };
    case 'nvcr.io/nvidia/pytorch':
    case 'rocm/pytorch':
      return { framework: 'pytorch', specifier: null };
    case 'rocm/tensorflow':
      return { framework: 'tensorflow', specifier: pinned(/tf(\d+(?:\.\d+)*)/.exec(tag)?.[1]) };
  }
  if (/(?:^|\/)jupyter\/tensorflow-notebook$/.test(name)) return { framework: 'tensorflow', specifier: null };
  if (/(?:^|\/)jupyter\/pytorch-notebook$/.test(name)) return { framework: 'pytorch', specifier: null };
  return name.includes('deeplearning-platform-release/') ? deepLearningContainer(name) : null;
}

/** `FROM [--platform=…] image[:tag][@digest] [AS stage]`: a known framework image, or null. */
function fromDeclaration(args: string, line: number, stages: Set<string>): Declaration | null {
  const words = args.split(/\s+/).filter((word) => word !== '' && !word.startsWith('--'));
  const [image, as, stage] = words;
  const earlierStage = image !== undefined && stages.has(image.toLowerCase());
  if (as?.toLowerCase() === 'as' && stage) stages.add(stage.toLowerCase());
  if (!image || earlierStage) return null;
  const reference = image.split('@')[0] as string;
  const colon = reference.lastIndexOf(':');
  const hasTag = colon > reference.lastIndexOf('/');
  const name = (hasTag ? reference.slice(0, colon) : reference)
    .toLowerCase()
    .replace(/^(?:docker\.io|index\.docker\.io)\//, '')
    .replace(/^library\//, '');
  const tag = hasTag ? reference.slice(colon + 1) : '';
  if (name.includes('$')) return null;
  const meaning = imageMeaning(name, tag);
  if (!meaning) return null;
  // A tag built from an ARG (`${TF_VERSION}-gpu`) is reported as written and says nothing of the version.
  const specifier = tag.includes('$') ? null : meaning.specifier;
  return { framework: meaning.framework, version: tag || null, specifier, strength: 'image', line };
}

// prettier-ignore
const PIP_OPTIONS_WITH_VALUE = new Set([
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f',
  '--find-links', '--trusted-host', '-t', '--target', '--prefix', '--root', '--src', '--upgrade-strategy', '--platform',
  '--python-version', '--implementation', '--abi', '--progress-bar', '--cache-dir', '--log', '--timeout', '--retries',
  '--proxy', '--no-binary', '--only-binary', '--global-option', '--install-option', '--config-settings', '-C',
]);
const CONDA_OPTIONS_WITH_VALUE = new Set(['-c', '--channel', '-n', '--name', '-p', '--prefix', '--file']);

/** The package arguments after `install`: options and their values are left out. */
function packageArguments(words: readonly ShellWord[], optionsWithValue: ReadonlySet<string>): ShellWord[] {
  const result: ShellWord[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as ShellWord;
    if (word.text.startsWith('-')) {
      if (optionsWithValue.has(word.text)) index++;
    } else {
      result.push(word);
    }
  }
  return result;
}

/** `tensorflow==${TF_VERSION}`: the name, and the version as written since it cannot be read. */
function pipDeclaration(text: string, line: number): Declaration | null {
  const requirement = parseRequirement(text);
  if (requirement) return packageDeclaration(requirement.name, line, requirement.specifier);
  const unresolved = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*([=<>!~].*\$.*)$/.exec(text);
  return unresolved ? packageDeclaration(unresolved[1] as string, line, '', unresolved[2] as string) : null;
}

/** Where an install command's package arguments start: `pip install`, `python -m pip install`, `conda install`… */
function installArguments(command: readonly ShellWord[]): { kind: 'pip' | 'conda'; start: number } | null {
  const text = command.map((word) => word.text.replace(/^.*\//, ''));
  for (let index = 0; index < text.length; index++) {
    const [first, second, third, fourth] = text.slice(index, index + 4);
    if (/^pip(?:3(?:\.\d+)?)?$/.test(first ?? '') && second === 'install') return { kind: 'pip', start: index + 2 };
    if (/^python(?:3(?:\.\d+)?)?$/.test(first ?? '') && second === '-m' && third === 'pip' && fourth === 'install') {
      return { kind: 'pip', start: index + 4 };
    }
    if (/^(?:conda|mamba|micromamba)$/.test(first ?? '') && second === 'install')
      return { kind: 'conda', start: index + 2 };
  }
  return null;
}

function runDeclarations(instruction: Instruction): Declaration[] {
  const args = instruction.args.trim().startsWith('[') ? execForm(instruction.args) : instruction.args;
  return shellWords(args).flatMap((command) => {
    const install = installArguments(command);
    if (!install) return [];
    const options = install.kind === 'pip' ? PIP_OPTIONS_WITH_VALUE : CONDA_OPTIONS_WITH_VALUE;
    return packageArguments(command.slice(install.start), options).flatMap((word) => {
      const line = instruction.lineAt(word.start);
      const spec = install.kind === 'conda' ? parseCondaSpec(word.text) : null;
      const declaration = spec
        ? packageDeclaration(spec.name, line, spec.specifier, spec.version)
        : install.kind === 'pip'
          ? pipDeclaration(word.text, line)
          : null;
      return declaration ? [declaration] : [];
    });
  });
}

/** `RUN ["pip", "install", "torch"]`: the exec form's words joined; offsets no longer match lines. */
function execForm(args: string): string {
  try {
    const words: unknown = JSON.parse(args);
    return Array.isArray(words) ? words.filter((word) => typeof word === 'string').join(' ') : args;
  } catch {
    return args;
  }
}

/**
 * The frameworks a Dockerfile brings: its `FROM` base images (`tensorflow/tensorflow:1.12.0-gpu-py3`,
 * `pytorch/pytorch:1.5-cuda10.1-cudnn7-runtime`, `nvcr.io/nvidia/tensorflow:20.03-tf1-py3`) and the
 * packages its `RUN pip install` and `RUN conda install` commands install.
 */
export function dockerfileDeclarations(text: string): Declaration[] {
  const stages = new Set<string>();
  return instructions(text).flatMap((instruction) => {
    if (instruction.keyword === 'FROM') {
      const declaration = fromDeclaration(instruction.args, instruction.lineAt(0), stages);
      return declaration ? [declaration] : [];
    }
    return instruction.keyword === 'RUN' ? runDeclarations(instruction) : [];
  });
}
