#!/usr/bin/env bash
# The GitHub Action's export step (action.yml), runnable anywhere: the inputs come as INPUT_* variables, bibfolio
# as $BIBFOLIO, and it runs in the repository folder. Writes "changed=true|false" to $GITHUB_OUTPUT when set.
set -euo pipefail
bibfolio="${BIBFOLIO:-bibfolio}"
args=(export --library "${INPUT_LIBRARY:-library.bib}" --style "${INPUT_STYLE:-cv}" --format "${INPUT_FORMAT:-markdown}"
  --sections "${INPUT_SECTIONS:-cv}")
[[ "${INPUT_FLAT:-false}" == true ]] || args+=(--section "${INPUT_SECTION:-all}")
[[ "${INPUT_FLAT:-false}" == true ]] && args+=(--flat)
[[ "${INPUT_STANDALONE:-false}" == true ]] && args+=(--standalone)
[[ -n "${INPUT_QUERY:-}" ]] && args+=(--query "$INPUT_QUERY")
output="${INPUT_OUTPUT:-publications.md}"
mkdir -p "$(dirname "$output")"
before="$( [[ -f "$output" ]] && cksum <"$output" || echo none)"
"$bibfolio" "${args[@]}" --output "$output"
after="$(cksum <"$output")"
changed=false
[[ "$before" != "$after" ]] && changed=true
echo "bibfolio: $output $([[ $changed == true ]] && echo "updated" || echo "unchanged")"
[[ -n "${GITHUB_OUTPUT:-}" ]] && echo "changed=$changed" >>"$GITHUB_OUTPUT"
if [[ "${INPUT_COMMIT:-false}" == true && $changed == true ]]; then
  git config user.name >/dev/null || git config user.name "github-actions[bot]"
  git config user.email >/dev/null || git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
  git add -- "$output"
  git commit -q -m "Publication list regenerated from ${INPUT_LIBRARY:-library.bib} by bibfolio"
  git push -q
fi
