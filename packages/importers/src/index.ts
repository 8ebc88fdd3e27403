import { mapBackstageFiles } from './backstage/index.js';
import { mapHuggingFaceFiles } from './huggingface/index.js';
import { mapMlflowFiles } from './mlflow/index.js';
import { fileProblem, type MappingOptions, type SourceFile, type SourceImport, type SourceName } from './rows.js';

export * from './rows.js';
export { mapBackstageFiles, mapHuggingFaceFiles, mapMlflowFiles };

/**
 * The files of one source → rows for the import pipeline, each with its notes and the source's
 * identity of the model. Pure: nothing is fetched (not even the URLs in the files), and bad input
 * is a note or a problem naming the file, never an exception.
 */
export function mapSourceFiles(
  source: SourceName,
  files: readonly SourceFile[],
  options: MappingOptions = {},
): SourceImport {
  const binary = files
    .filter((file) => file.text.includes('\u0000'))
    .map((file) => fileProblem(file.path, `${file.path} is not a text file.`));
  const text = files
    .filter((file) => !file.text.includes('\u0000'))
    .map((file) => ({ path: file.path, text: file.text.replace(/^\uFEFF/, '') }));
  const mapped =
    source === 'mlflow'
      ? mapMlflowFiles(text, options)
      : source === 'huggingface'
        ? mapHuggingFaceFiles(text, options)
        : mapBackstageFiles(text);
  return { ...mapped, problems: [...binary, ...mapped.problems] };
}
