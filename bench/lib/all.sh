# bench/lib/all.sh -- every library of the bench and every measure's functions, sourced by bench/run.sh and
# bench/ab_intake.sh (HERE: the bench directory; REPO: the repository). common.sh first: the others use its
# variables (ports, data directory, databases).
source "$HERE/lib/common.sh"
source "$HERE/lib/suite.sh"
source "$HERE/lib/catalogue.sh"
source "$HERE/lib/profile.sh"
source "$HERE/lib/cpu.sh"
source "$HERE/lib/autovacuum.sh"
source "$HERE/lib/relay.sh"
source "$HERE/lib/driven.sh"
source "$HERE/lib/dbwork.sh"
for m in "$HERE"/measures/*.sh; do source "$m"; done
