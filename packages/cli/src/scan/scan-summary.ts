import { TF1_APIS, type ScanFindings, type ScanFrameworkEntry } from '@mmt/domain';

/** How many places each list shows before "… and N more". */
const SHOWN = 5;

const more = (count: number) => (count > 0 ? [`… and ${count} more`] : []);
const describe = ({ framework, version, family }: Pick<ScanFrameworkEntry, 'framework' | 'version' | 'family'>) =>
  `${framework} ${version ?? '(no version)'} — ${family}`;

function places(locations: ReadonlyArray<{ file: string; line: number }>, total = locations.length): string {
  return [
    ...locations.slice(0, SHOWN).map(({ file, line }) => `${file}:${line}`),
    ...more(total - Math.min(SHOWN, locations.length)),
  ].join(', ');
}

function frameworkLines(frameworks: ScanFindings['frameworks']): string[] {
  if (frameworks.length === 0) return ['Frameworks: none found'];
  return [
    'Frameworks',
    ...frameworks.flatMap((entry) => [
      `  ${describe(entry)}`,
      ...entry.evidence.slice(0, SHOWN).map(({ file, line, text }) => `    ${file}:${line}  ${text}`),
      ...more(entry.evidence.length - SHOWN).map((line) => `    ${line}`),
    ]),
  ];
}

function tf1Lines({ total, byApi, occurrences }: ScanFindings['tf1Apis']): string[] {
  if (total === 0) return ['TF1 API uses: none'];
  const width = Math.max(...TF1_APIS.map((api) => api.length));
  return [
    `TF1 API uses: ${total}`,
    ...TF1_APIS.filter((api) => byApi[api] > 0).map((api) => {
      const where = occurrences.filter((occurrence) => occurrence.api === api);
      return `  ${api.padEnd(width)}  ${String(byApi[api]).padStart(5)}  ${places(where, byApi[api])}`;
    }),
  ];
}

function serializationLines(serialization: ScanFindings['serialization']): string[] {
  if (serialization.length === 0) return ['Serialization: none seen'];
  const formats = [...new Set(serialization.map((use) => use.format))];
  const width = Math.max(...formats.map((format) => format.length));
  return [
    'Serialization',
    ...formats.map(
      (format) => `  ${format.padEnd(width)}  ${places(serialization.filter((use) => use.format === format))}`,
    ),
  ];
}

/** The findings as a person reads them; `hasPython` false adds that the repository shows no Python. */
export function formatScanSummary(findings: ScanFindings, hasPython: boolean): string {
  const sections = [
    [`Scanned ${findings.filesScanned} ${findings.filesScanned === 1 ? 'file' : 'files'} in ${findings.root}`],
    ...(hasPython ? [] : [['No Python code or Python dependency files found.']]),
    [findings.primary ? `Primary framework: ${describe(findings.primary)}` : 'Primary framework: none'],
    frameworkLines(findings.frameworks),
    tf1Lines(findings.tf1Apis),
    serializationLines(findings.serialization),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
