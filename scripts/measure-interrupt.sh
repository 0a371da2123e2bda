#!/bin/bash
# How long `reuse all` takes to stop after Ctrl-C, sent DELAY seconds after it starts, on a real
# terminal (tmux): from the key to "interrupted" on screen, polling every 5 ms; then checks that the
# shell still answers.   scripts/measure-interrupt.sh CORPUS DELAY   (uses the release build)
CORPUS=$1
delay=$2
DOSSIER=${DOSSIER:-$(cd "$(dirname "$0")/.." && pwd)/.build/release/dossier}
tmux kill-session -t cc 2>/dev/null
cd /tmp && tmux new-session -d -s cc -x 200 -y 50 "DOSSIER_HISTORY=/tmp/cc-history '$DOSSIER' --corpus '$CORPUS'"
for i in $(seq 1 120); do tmux capture-pane -p -t cc | grep -q "dossier>" && break; sleep 1; done
tmux send-keys -t cc "reuse all" Enter
sleep $delay
start=$(date +%s%N)
tmux send-keys -t cc C-c
while ! tmux capture-pane -p -t cc | grep -q "interrupted"; do
  now=$(date +%s%N); [ $(( (now-start)/1000000 )) -gt 20000 ] && { echo "no interrupt after 20 s"; break; }
  sleep 0.005
done
end=$(date +%s%N)
echo "delay ${delay}s: stopped in $(( (end-start)/1000000 )) ms"
tmux send-keys -t cc "count article by outlet" Enter; sleep 2
tmux capture-pane -p -t cc | grep -E "groups|interrupted" | tail -2
tmux kill-session -t cc
