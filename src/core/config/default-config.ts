// The commented corpus-review.yaml that "open configuration" creates: every key optional, every
// example commented out, so that the file changes nothing until the reviewer edits it.
export const DEFAULT_CONFIG_TEXT = `# Corpus Review configuration. Every key is optional; remove the leading "# " to use one.
# Schema: https://github.com/corpus-review/corpus-review/blob/main/schemas/corpus-review.schema.json

# Which files are articles (fast-glob patterns relative to this folder).
# include: ["**/*.txt", "**/*.md"]
# exclude: ["drafts/**"]

# Files detected as another language are skipped with a reason.
# languages: [ar, en]

# How far apart two approximate figures may be and still agree (0.1 = ±10%).
# tolerance: 0.1

# Metrics: add cues to a built-in metric, define a new one, or turn one off.
# metrics:
#   killed: { cues: { ar: [غرقى], en: [drowned] } }
#   evacuated: { cues: { en: [evacuated] }, cumulative: false }
#   displaced: { enabled: false }

# Groups a figure can be limited to (who was counted).
# scopes:
#   journalists: { cues: { ar: [صحفي, صحفيين], en: [journalists, reporters] } }

# Severity of each rule: error, warning, information, hint or off.
# severities: { conflict: warning, internal-conflict: warning, update: information }

# Metadata for articles that do not state it themselves.
# files:
#   - match: "wires/2022-01-10/**"
#     date: 2022-01-10
#     source: Wire service
#     url: https://example.org/
`;
