#!/usr/bin/env bash
# bench.sh: build generated corpora of the given sizes (default 1000 10000)
# with timeline and, when installed, with Hugo as a plain site, and report
# for each size: wall and CPU time of a cold build, throughput, peak RSS,
# output size and the cost per source (flat per-source cost = linear growth),
# then the one-file rebuild benchmark of the dev-server path.
#
#   scripts/bench.sh [SIZE...]     BENCH_DIR (default /tmp/timeline-bench) keeps the corpora
#   BENCH_REBUILD=0 skips the rebuild benchmark; BENCH_HUGO=0 skips Hugo;
#   BENCH_RUNS (default 3) builds each corpus that many times and keeps the fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
dir=${BENCH_DIR:-/tmp/timeline-bench}
mkdir -p "$dir"
go build -o "$dir/timeline" ./cmd/timeline
go build -o "$dir/benchgen" ./cmd/benchgen
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
hugo=""
if [ "${BENCH_HUGO:-1}" != 0 ] && command -v hugo >/dev/null; then hugo=$(command -v hugo); fi

runs=${BENCH_RUNS:-3}

# Each build writes a folder of its own, and the outputs of earlier bench
# runs are deleted first, followed by a pause: ext4 will not reuse an inode
# freed in the last 30 seconds, so creating thousands of files right after
# deleting thousands scans past every freed inode, which made file creation
# five times slower and measured the deletion instead of the build.
if compgen -G "$dir/*/out-*" >/dev/null || compgen -G "$dir/*/hugo/out-*" >/dev/null; then
	rm -rf "$dir"/*/out-* "$dir"/*/hugo/out-*
	sync
	echo "bench: waiting 35 s after deleting the last outputs (see scripts/bench.sh)" >&2
	sleep 35
fi
run_id=0

# measure OUTVAR CMD...: runs CMD under /usr/bin/time BENCH_RUNS times (3 by
# default), each with "{}" in its arguments replaced by a new output folder
# (whose path is left in OUTVAR), and prints "wall cpu rss_kb" of the
# fastest run (the machines are shared and noisy: the fastest of a few runs
# is the steadiest figure).
measure() {
	local outvar=$1 out="$dir/time.$$" best="" o args
	shift
	for _ in $(seq "$runs"); do
		run_id=$((run_id + 1))
		o=""
		args=()
		for a in "$@"; do
			if [[ $a == *"{}"* ]]; then
				o=${a//\{\}/out-$run_id}
				a=$o
			fi
			args+=("$a")
		done
		sync
		"$TIME" -f '%e %U %S %M' -o "$out" "${args[@]}" >/dev/null 2>"$dir/stderr.$$" || { cat "$dir/stderr.$$" >&2; return 1; }
		r=$(awk '{printf "%s %.2f %s\n", $1, $2+$3, $4}' "$out")
		if [ -z "$best" ] || awk -v a="${r%% *}" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then best=$r; fi
	done
	printf -v "$outvar" '%s' "$o"
	echo "$best"
	rm -f "$out" "$dir/stderr.$$"
}

hugosite() { # hugosite N: a plain Hugo site over the same markdown (kept between bench runs)
	local h="$dir/$1/hugo"
	if [ "$(ls "$h/content" 2>/dev/null | wc -l)" = "$1" ] && [ -f "$h/layouts/index.html" ]; then
		return
	fi
	rm -rf "$h" && mkdir -p "$h/layouts/_default" "$h/content"
	# Hugo reads `url:` in front matter as the page's own URL; rename it
	# (sed -i works file by file; one sed for many files, not one per file).
	cp -r "$dir/$1/content/." "$h/content/"
	find "$h/content" -name '*.md' -exec sed -i '1,/^---$/!b; s/^url:/source_url:/' {} +
	printf 'baseURL = "/"\ntitle = "bench"\ndisableKinds = ["RSS", "sitemap"]\n' >"$h/config.toml"
	printf '<!doctype html><title>{{.Title}}</title><h1>{{.Title}}</h1><p>{{.Date.Format "2006-01-02"}} {{range .Params.tags}}{{.}} {{end}}</p>{{.Content}}\n' >"$h/layouts/_default/single.html"
	printf '<!doctype html><title>{{.Title}}</title><ul>{{range .Pages}}<li><a href="{{.RelPermalink}}">{{.Title}}</a></li>{{end}}</ul>\n' >"$h/layouts/_default/list.html"
	cp "$h/layouts/_default/list.html" "$h/layouts/index.html"
	sync
	sleep 35 # see above: no freshly freed inodes while Hugo writes
}

# row TOOL: prints the table row of the last measure (n, wall, cpu, rss,
# in_mb and out_mb set by the caller).
row() {
	awk -v n="$n" -v w="$wall" -v c="$cpu" -v r="$rss" -v i="$in_mb" -v o="$out_mb" -v t="$1" 'BEGIN{printf "%-7d %-8s %8.2f %8.2f %10.0f %8.2f %9.0f %9.1f %9.3f %8.3f\n", n, t, w, c, n/w, i/w, r/1024, o, 1000*w/n, 1000*c/n}'
}

printf '%-7s %-8s %8s %8s %10s %8s %9s %9s %9s %8s\n' sources tool wall_s cpu_s sources/s MB/s rss_MB out_MB ms/source cpu_ms/src
for n in "${sizes[@]}"; do
	c="$dir/$n"
	if [ "$(ls "$c/content" 2>/dev/null | wc -l)" != "$n" ]; then
		rm -rf "$c" && "$dir/benchgen" -n "$n" -seed 1 -out "$c/content" >/dev/null
		sync
		sleep 35
	fi
	printf 'title: bench\nout: public\n' >"$c/config.yaml"
	in_mb=$(du -sbL "$c/content" | awk '{print $1/1e6}')
	measure last "$dir/timeline" build --config "$c/config.yaml" --out "$c/{}" >"$dir/best.$$"
	read -r wall cpu rss <"$dir/best.$$"
	out_mb=$(du -sb "$last" | awk '{print $1/1e6}')
	row timeline
	tl_wall=$wall
	# The same build writing the pages alone (exports: []): what the four
	# exports cost.
	printf 'title: bench\nout: public\ncontent: content\nexports: []\n' >"$c/pages.yaml"
	measure last "$dir/timeline" build --config "$c/pages.yaml" --out "$c/{}" >"$dir/best.$$"
	read -r wall cpu rss <"$dir/best.$$"
	out_mb=$(du -sb "$last" | awk '{print $1/1e6}')
	row tl-pages
	if [ -n "$hugo" ]; then
		hugosite "$n"
		measure last "$hugo" --quiet -s "$c/hugo" -d "$c/hugo/{}" >"$dir/best.$$"
		read -r wall cpu rss <"$dir/best.$$"
		out_mb=$(du -sb "$last" | awk '{print $1/1e6}')
		row hugo
		awk -v a="$tl_wall" -v b="$wall" -v n="$n" 'BEGIN{printf "%-7d timeline/hugo wall time: %.2fx\n", n, (b>0 ? a/b : 0)}'
	fi
done
if [ "${BENCH_REBUILD:-1}" != 0 ]; then
	n=${sizes[$((${#sizes[@]} - 1))]}
	[ "$n" -le 10000 ] || n=10000
	echo "one-file rebuild, $n sources (warm build.Loader, Load + render, in process):"
	go test -run '^$' -bench 'RebuildOne' -benchtime 10x ./timeline/build -args -benchsources="$n" | grep -E '^Benchmark'
fi
