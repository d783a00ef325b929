/**
 * Whether the command line can be answered without the database: help asked for (`-h`, `--help`,
 * `help`), or fewer than two words, since every command that does something is a group and a command
 * (`users invite`); a group alone, or no word at all, prints its help, and an unknown word an error.
 */
export function asksOnlyForHelp(args: readonly string[]): boolean {
  const words = args.filter((arg) => !arg.startsWith('-'));
  return args.includes('-h') || args.includes('--help') || words[0] === 'help' || words.length < 2;
}
