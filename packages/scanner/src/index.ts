export { FILE_KINDS, fileKind, PYTHON_FILE_KINDS, type FileKind } from './file-kinds.js';
export { scanFile, type FileFindings } from './scan-file.js';
export type { RequirementsInclude } from './requirements-txt.js';
export { summarizeScan, type ScanSummaryInput } from './summarize.js';
