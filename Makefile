# The two commands a new machine needs: `make site` and `make test`.
GO       ?= go
BIN      := bin/timeline
EVAL_DATA ?= ../shared/eval

.PHONY: site build serve check test test-short bench bench-100k bench-go bench-tagger eval fuzz vet clean

site: build ## build the sample site into public/
	./$(BIN) build

build:
	$(GO) build -o $(BIN) ./cmd/timeline

serve: build ## preview the sample site with live reload at http://127.0.0.1:1313/
	./$(BIN) serve

check: build ## validate the sample content (what CI runs on pull requests)
	./$(BIN) check

test: ## run every test (browser tests need chromium; see README)
	$(GO) vet ./...
	$(GO) test -count=1 ./...

test-short:
	$(GO) test -short ./...

bench: ## build scale on generated corpora (1k, 10k sources; Hugo side by side when installed), one-file rebuild
	scripts/bench.sh 1000 10000

bench-100k: ## the same at 100k sources (minutes; several GB of disk in BENCH_DIR)
	BENCH_REBUILD=0 scripts/bench.sh 1000 10000 100000

bench-go: ## Go benchmarks: tagger throughput, build cold and rebuild (1k generated sources)
	$(GO) test -run '^$$' -bench . -benchmem ./timeline/...

eval: build ## TempEval-3 scores of the tagger on $(EVAL_DATA) (research data, not shipped)
	@test -f "$(EVAL_DATA)/tbaq.gold.jsonl" || { echo "make eval: missing $(EVAL_DATA)/tbaq.gold.jsonl (set EVAL_DATA to the folder holding the TempEval-3 gold file; see timeline/tempeval)" >&2; exit 2; }
	./$(BIN) eval --data "$(EVAL_DATA)"

bench-tagger: ## tagger throughput on the TempEval text, one core
	EVAL_DATA="$(abspath $(EVAL_DATA))" $(GO) test ./timeline/tagger -run '^$$' -bench 'Tag' -benchmem -cpu 1

FUZZTIME ?= 30s
fuzz: ## a short fuzzing session of every parser (FUZZTIME each)
	$(GO) test -run '^$$' -fuzz '^FuzzTag$$' -fuzztime $(FUZZTIME) ./timeline/tagger
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./timeline/content
	$(GO) test -run '^$$' -fuzz '^FuzzParseDate$$' -fuzztime $(FUZZTIME) ./timeline
	$(GO) test -run '^$$' -fuzz '^FuzzConfig$$' -fuzztime $(FUZZTIME) ./cmd/timeline

vet:
	$(GO) vet ./...

clean:
	rm -rf bin public testout
