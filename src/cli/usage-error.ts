/** A problem with the command line or its input: exit 2 with a one-line reason. */
export class UsageError extends Error {}
