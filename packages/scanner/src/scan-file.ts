import { SCAN_LIMITS, type SerializationFormat, type Tf1Api } from '@mmt/domain';
import { condaEnvironment } from './conda.js';
import type { Declaration } from './declaration.js';
import { dockerfileDeclarations } from './dockerfile.js';
import { fileKind, type FileKind } from './file-kinds.js';
import { mlmodelDeclarations } from './mlmodel.js';
import { modelCardDeclarations } from './model-card.js';
import { packageDeclaration } from './packages.js';
import { pipfileDeclarations } from './pipfile.js';
import { pyprojectDeclarations } from './pyproject.js';
import { scanPythonSource } from './python-source.js';
import { parseRequirementsFile, type RequirementsFile, type RequirementsInclude } from './requirements-txt.js';
import { setupCfgRequirements } from './setup-cfg.js';
import { setupPyRequirements } from './setup-py.js';

export interface EvidenceDeclaration extends Declaration {
  /** The source line, trimmed and shortened. */
  text: string;
}

/** What one file shows, before a repository's files are summed up. */
export interface FileFindings {
  file: string;
  kind: FileKind;
  declarations: EvidenceDeclaration[];
  /** Requirements files this one includes (`-r`, `-c`): the caller reads them too. */
  includes: RequirementsInclude[];
  tf1Apis: Array<{ line: number; api: Tf1Api }>;
  serialization: Array<{ line: number; format: SerializationFormat }>;
}

/** A file's findings before evidence gets its text. */
type Found = Partial<Pick<FileFindings, 'includes' | 'tf1Apis' | 'serialization'>> & { declarations?: Declaration[] };

function requirementDeclarations(requirements: RequirementsFile['requirements']): Declaration[] {
  return requirements.flatMap(
    ({ line, requirement }) => packageDeclaration(requirement.name, line, requirement.specifier) ?? [],
  );
}

function findingsOf(kind: FileKind, text: string): Found {
  switch (kind) {
    case 'requirements': {
      const file = parseRequirementsFile(text);
      return { declarations: requirementDeclarations(file.requirements), includes: file.includes };
    }
    case 'setup.py':
      return { declarations: requirementDeclarations(setupPyRequirements(text)) };
    case 'setup.cfg':
      return { declarations: requirementDeclarations(setupCfgRequirements(text)) };
    case 'pyproject':
      return { declarations: pyprojectDeclarations(text) };
    case 'pipfile':
      return { declarations: pipfileDeclarations(text) };
    case 'conda': {
      const { declarations, pip } = condaEnvironment(text);
      return { declarations: [...declarations, ...requirementDeclarations(pip.requirements)], includes: pip.includes };
    }
    case 'dockerfile':
      return { declarations: dockerfileDeclarations(text) };
    case 'mlmodel':
      return { declarations: mlmodelDeclarations(text) };
    case 'model-card':
      return { declarations: modelCardDeclarations(text) };
    case 'python': {
      const python = scanPythonSource(text);
      const imports = python.imports.map(({ line, framework }): Declaration => ({
        framework,
        version: null,
        specifier: null,
        strength: 'import',
        line,
      }));
      return { declarations: imports, tf1Apis: python.tf1Apis, serialization: python.serialization };
    }
  }
}

/** A source line as evidence text: trimmed, and cut to the findings' bound. */
function evidenceText(lines: readonly string[], line: number): string {
  const text = (lines[line - 1] ?? '').trim();
  return text.length > SCAN_LIMITS.text ? `${text.slice(0, SCAN_LIMITS.text - 1)}…` : text;
}

/**
 * What one file shows: `file` is its path relative to the repository (`/`-separated), `kind` what
 * to read it as (by default from its name: see `fileKind`). Null for a file the scanner does not read.
 */
export function scanFile(file: string, text: string, kind: FileKind | null = fileKind(file)): FileFindings | null {
  if (kind === null) return null;
  const found = findingsOf(kind, text);
  const lines = text.split(/\r?\n/);
  return {
    file,
    kind,
    declarations: (found.declarations ?? []).map((declaration) => ({
      ...declaration,
      text: evidenceText(lines, declaration.line),
    })),
    includes: found.includes ?? [],
    tf1Apis: found.tf1Apis ?? [],
    serialization: found.serialization ?? [],
  };
}
