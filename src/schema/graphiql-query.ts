/** What GraphiQL opens with: the question the service exists to answer, ready to run. */
export const GRAPHIQL_DEFAULT_QUERY = `# Who pressured Anthropic in February 2026, with what, by what deadline,
# and on which evidence? Press ▶ to run.
query WhoPressuredAnthropic {
  pressures(target: "anthropic", during: { from: "2026-02-01", to: "2026-02-28" }) {
    type
    category
    source { key name kind }
    target { key name }
    when { iso precision }
    deadline { iso precision start }
    amount { amount currency }
    status
    summary
    evidence {
      document { key title reliability publishedOn { iso } }
      start
      end
      quote
    }
  }
}
`;
