export interface ShellWord {
  /** The word with its quotes removed. */
  text: string;
  /** Where the word starts in the command line. */
  start: number;
}

const SEPARATORS = new Set([';', '&', '|']);

/**
 * The simple commands of a shell command line (split at `;`, `&&`, `||`, `|`, `&`), each as its
 * words: enough of the shell to find `pip install …` in a Dockerfile `RUN`.
 */
export function shellWords(line: string): ShellWord[][] {
  const commands: ShellWord[][] = [];
  let command: ShellWord[] = [];
  let text = '';
  let start = -1;
  let quote: string | null = null;
  const endWord = () => {
    if (start >= 0) command.push({ text, start });
    text = '';
    start = -1;
  };
  const endCommand = () => {
    endWord();
    if (command.length > 0) commands.push(command);
    command = [];
  };
  for (let index = 0; index < line.length; index++) {
    const char = line[index] as string;
    const escaped = char === '\\' && index + 1 < line.length && quote !== "'";
    if (quote && char === quote) quote = null;
    else if (quote) text += escaped ? line[++index] : char;
    else if (/\s/.test(char)) endWord();
    else if (SEPARATORS.has(char)) endCommand();
    else {
      if (start < 0) start = index;
      if (char === '"' || char === "'") quote = char;
      else text += escaped ? line[++index] : char;
    }
  }
  endCommand();
  return commands;
}
