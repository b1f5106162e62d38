# Sourced by the bench scripts: sets and exports PHASOR_SHARED, the team's shared folder (peers, spec vectors), unless
# it is already set. It sits beside the project root; a clone made elsewhere (git clone . /tmp/ci) finds it beside the
# checkout it was cloned from. Leaves PHASOR_SHARED empty when neither holds a peers/ folder.
find_shared_folder() {
  local root=$1 origin candidate
  [ -n "${PHASOR_SHARED:-}" ] && return 0
  origin=$(git -C "$root" config --get remote.origin.url 2>/dev/null || true)
  for candidate in "$root/../shared" "${origin:+$origin/../shared}"; do
    if [ -n "$candidate" ] && [ -d "$candidate/peers" ]; then
      PHASOR_SHARED=$(cd "$candidate" && pwd)
      export PHASOR_SHARED
      return 0
    fi
  done
  return 0
}
