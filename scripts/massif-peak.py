#!/usr/bin/env python3
"""Where the heap goes at its peak: a massif file (valgrind --tool=massif --depth=14
--massif-out-file=F .build/release/dossier-bench --corpus DIR --load-only) read at its peak
snapshot, each allocation charged to the first dossier function on its stack (demangled names
holding one of the module names), largest first.

  python3 scripts/massif-peak.py massif.out
"""
import re, subprocess, sys
from collections import defaultdict

MODULES = ('ArticleModel', 'Interpreter', 'Notebook', 'QueryLanguage', 'dossier')

def main(path):
    text = open(path).read()
    snaps = text.split('snapshot=')[1:]
    peak = next((s for s in snaps if 'heap_tree=peak' in s), None) or max(snaps, key=lambda s: int(re.search(r'mem_heap_B=(\d+)', s).group(1)))
    total = int(re.search(r'mem_heap_B=(\d+)', peak).group(1))
    # the tree: each line ' nN: BYTES 0xADDR: function (file)', indented by depth
    lines = [l for l in peak.splitlines() if re.match(r'\s*n\d+:', l)]
    by = defaultdict(int)
    def walk(i, depth, owner):
        m = re.match(r'(\s*)n(\d+): (\d+) (.*)', lines[i])
        kids, size, what = int(m.group(2)), int(m.group(3)), m.group(4)
        here = owner
        if owner is None and any(mod in what for mod in MODULES):
            here = re.sub(r'^0x[0-9A-F]+: ', '', what)[:140]
        j = i + 1
        child_total = 0
        for _ in range(kids):
            cm = re.match(r'\s*n\d+: (\d+)', lines[j])
            child_total += int(cm.group(1))
            j = walk(j, depth + 1, here)
        if kids == 0 or size > child_total:
            by[here or '(outside dossier)'] += size - child_total if kids else size
        return j
    walk(0, 0, None)
    print(f'peak heap {total / 1e6:.1f} MB')
    for k, v in sorted(by.items(), key=lambda kv: -kv[1])[:25]:
        print(f'{v / 1e6:8.1f} MB {100 * v / total:5.1f}%  {k}')

if __name__ == '__main__':
    main(sys.argv[1])
