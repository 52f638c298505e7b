// Word lists of GeneratorVocabulary: names, nouns, adjectives, verbs and the
// other words that fill the templates' slots.

#include "generatorvocabulary.h"

namespace GeneratorVocabulary {

namespace {

// Project names are a prefix and a suffix: 48 x 40 names.
const char *const projectPrefixData[] = {
    "Tiny", "Agent", "Data", "Micro", "Deep", "Fast", "Lean", "Open", "Quick", "Sharp",
    "Bright", "Clear", "Core", "Delta", "Echo", "Flux", "Grid", "Hyper", "Iron", "Jade",
    "Kilo", "Lumen", "Mesa", "Nova", "Orbit", "Pixel", "Quant", "Rapid", "Sigma", "Terra",
    "Ultra", "Vector", "Wave", "Zen", "Atlas", "Beacon", "Cobalt", "Drift", "Ember", "Fable",
    "Harbor", "Indigo", "Juniper", "Kestrel", "Lattice", "Marble", "Nimbus", "Onyx",
};
const char *const projectSuffixData[] = {
    "Scale Lab", "Fastbook", "Bench", "Forge", "Judge", "Probe", "Loom", "Sieve", "Lens", "Tide",
    "Stack", "Index", "Tracer", "Pilot", "Scope", "Ledger", "Garden", "Relay", "Harness", "Atlas",
    "Compass", "Quarry", "Mint", "Spark", "Anvil", "Canvas", "Engine", "Kit", "Studio", "Works",
    "Pipe", "Shelf", "Vault", "Well", "Field", "Crate", "Beam", "Signal", "Thread", "Notebook",
};

const char *const firstNameData[] = {
    "Aisha", "Ana", "Arjun", "Ben", "Carlos", "Chen", "Chloe", "Dana", "David", "Elena",
    "Emeka", "Fatima", "Felix", "Grace", "Hana", "Hiro", "Ines", "Ivan", "Jamal", "Jeremy",
    "Jin", "Julia", "Kai", "Kenji", "Lars", "Leila", "Lucia", "Maya", "Mei", "Mohammed",
    "Nadia", "Niamh", "Noah", "Olga", "Omar", "Priya", "Rafael", "Ravi", "Rosa", "Sam",
    "Sara", "Sven", "Tariq", "Tomas", "Uma", "Vera", "Vishal", "Wei", "Yara", "Zoe",
};

// Pieces of made-up names: onset, vowel, optional coda per syllable.
const char *const syllableOnsetData[] = {
    "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kr", "kw", "l",
    "m", "n", "p", "pr", "ph", "qu", "r", "s", "sh", "sk", "st", "t", "th", "tr", "v", "vl",
    "w", "x", "y", "z", "zh", "",
};
const char *const syllableVowelData[] = {
    "a", "e", "i", "o", "u", "ai", "au", "ea", "ee", "ie", "oa", "oo", "ou", "y",
};
const char *const syllableCodaData[] = {
    "n", "r", "s", "l", "k", "m", "x", "th", "nd", "rk", "st", "lt", "sh", "ng", "p", "z",
};

const char *const nounData[] = {
    "tokenizer", "schedule", "curve", "norm", "mask", "harness", "pipeline", "reranker",
    "rubric", "checkpoint", "optimizer", "decay", "warmup", "loader", "collator", "window",
    "server", "scheme", "adapter", "recipe", "split", "guideline", "ablation", "baseline",
    "sweep", "budget", "footprint", "target", "ceiling", "cache", "index", "rewriter",
    "chunker", "template", "loop", "schema", "config", "tracker", "dashboard", "notebook",
    "suite", "job", "script", "image", "card", "summary", "walkthrough", "review", "request",
    "report", "trace", "graph", "error", "drift", "statistic", "gradient", "neuron", "layer",
    "stream", "probe", "classifier", "matrix", "imbalance", "augmentation", "curriculum",
    "teacher", "student", "temperature", "search", "criterion", "vocabulary", "encoding",
    "embedding", "router", "balancer", "law", "signal", "rule", "seed", "checklist", "audit",
    "contract", "lineage", "filter", "identifier", "leak", "agreement", "study", "interface",
    "queue", "interview", "requirement", "roadmap", "diagram", "parser", "serializer", "fuzzer",
    "crash", "leak", "deadlock", "pool", "timer", "sidecar", "diff", "conflict", "changelog",
    "pin", "warning", "sanitizer", "estimate", "rental", "instance", "quota", "tier", "policy",
    "allowlist", "backlog", "retry", "limiter", "migration", "planner", "alert", "runbook",
    "objective", "incident", "postmortem", "rollout", "rollback", "canary", "flag", "toggle",
    "experiment", "hypothesis", "result", "finding", "insight", "assumption", "constraint",
    "tradeoff", "bottleneck", "hotspot", "regression", "outlier", "anomaly", "spike", "plateau",
    "divergence", "instability", "collapse", "saturation", "sparsity", "redundancy", "overlap",
    "coverage", "recall", "precision", "latency", "throughput", "accuracy", "variance", "bias",
    "noise", "signal", "prior", "posterior", "likelihood", "estimator", "sampler", "decoder",
    "encoder", "transformer", "convolution", "activation", "residual", "projection", "head",
    "expert", "gate", "kernel", "operator", "tensor", "shard", "replica", "partition", "bucket",
    "manifest", "snapshot", "archive", "backup", "restore", "replay", "journal", "ledger",
    "transaction", "lock", "mutex", "semaphore", "scheduler", "dispatcher", "worker", "daemon",
    "endpoint", "gateway", "proxy", "client", "library", "framework", "plugin", "extension",
    "module", "package", "dependency", "toolchain", "compiler", "linker", "debugger", "profiler",
    "benchmark", "metric", "counter", "histogram", "percentile", "heatmap", "scatterplot",
    "spreadsheet", "annotation", "label", "judgment", "rating", "ranking", "score", "verdict",
    "prompt", "completion", "response", "transcript", "conversation", "session", "persona",
    "instruction", "demonstration", "exemplar", "rationale", "explanation", "citation", "source",
    "passage", "paragraph", "sentence", "phrase", "token", "character", "byte", "codepoint",
    "document", "corpus", "collection", "catalog", "taxonomy", "ontology", "glossary", "thesaurus",
    "question", "answer", "component", "decomposition", "extraction", "retrieval", "generation",
    "distillation", "quantization", "pruning", "merging", "packing", "padding", "truncation",
    "normalization", "regularization", "initialization", "calibration", "alignment", "tuning",
    "pretraining", "finetuning", "inference", "serving", "deployment", "monitoring", "logging",
    "alerting", "testing", "validation", "verification", "reproduction", "replication",
    "deduplication", "contamination", "leakage", "memorization", "generalization", "robustness",
    "reliability", "efficiency", "scalability", "portability", "maintainability", "readability",
    "usability", "accessibility", "privacy", "security", "compliance", "licensing", "governance",
    "ownership", "onboarding", "mentorship", "feedback", "retrospective", "milestone", "deadline",
    "estimate", "proposal", "pitch", "demo", "prototype", "mockup", "wireframe", "storyboard",
    "whiteboard", "sketch", "outline", "draft", "revision", "edit", "commit", "branch", "merge",
    "release", "tag", "version", "patch", "hotfix", "issue", "ticket", "epic", "sprint",
    "standup", "handoff", "escalation", "tradeoff", "decision", "principle", "heuristic",
    "guardrail", "fallback", "default", "override", "threshold", "margin", "tolerance",
    "epsilon", "learning", "momentum", "stepsize", "horizon", "discount", "reward", "penalty",
    "policy", "critic", "agent", "environment", "simulator", "emulator", "sandbox", "container",
    "cluster", "node", "rack", "datacenter", "region", "zone", "bandwidth", "storage", "memory",
    "disk", "network", "firmware", "driver", "hardware", "accelerator", "chip", "board",
    "sensor", "camera", "microphone", "speaker", "keyboard", "screen", "browser", "terminal",
    "shell", "editor", "window", "widget", "button", "menu", "dialog", "toolbar", "sidebar",
    "preview", "thumbnail", "icon", "font", "theme", "layout", "grid", "column", "row",
    "table", "chart", "legend", "axis", "tick", "caption", "footnote", "appendix", "abstract",
    "introduction", "conclusion", "discussion", "methodology", "limitation", "future", "paper",
    "preprint", "poster", "slide", "talk", "video", "podcast", "newsletter", "thread", "post",
    "comment", "reply", "mention", "follower", "audience", "reader", "customer", "stakeholder",
    "sponsor", "mentor", "peer", "colleague", "manager", "founder", "investor", "advisor",
};

// Nouns used as modifiers in compounds ("retrieval latency").
const char *const modifierData[] = {
    "training", "evaluation", "retrieval", "inference", "data", "model", "test", "release",
    "deployment", "search", "ranking", "labeling", "annotation", "storage", "memory", "compute",
    "network", "cache", "query", "prompt", "token", "embedding", "attention", "gradient",
    "loss", "batch", "sampling", "scoring", "review", "feedback", "user", "product",
    "research", "benchmark", "logging", "monitoring", "security", "privacy", "compliance",
    "cost", "budget", "latency", "error", "failure", "recovery", "backup", "version", "schema",
    "vector", "graph", "text", "image", "audio", "video", "code", "document", "parser",
    "compiler", "runtime", "kernel", "GPU", "CPU", "cluster", "container", "queue", "event",
    "session", "thread", "file", "disk", "judge", "agreement", "context", "chunk", "passage",
    "answer", "question", "reasoning", "planning", "tool", "agent", "reward", "policy",
    "safety", "quality", "coverage", "drift", "noise", "seed", "checkpoint", "adapter",
    "tokenizer", "optimizer", "scheduler", "warmup", "precision", "quantization", "pruning",
};

const char *const adjectiveData[] = {
    "noisy", "brittle", "stable", "sparse", "dense", "tiny", "large", "slow", "fast",
    "expensive", "cheap", "reliable", "unreliable", "surprising", "subtle", "obvious",
    "hidden", "explicit", "implicit", "manual", "automated", "incremental", "iterative",
    "careful", "rigorous", "pragmatic", "naive", "robust", "fragile", "deterministic",
    "stochastic", "biased", "balanced", "skewed", "calibrated", "overconfident",
    "underfit", "overfit", "compressed", "quantized", "distilled", "pretrained",
    "fine-tuned", "held-out", "synthetic", "curated", "messy", "clean", "legacy", "modern",
    "minimal", "verbose", "concise", "ambiguous", "precise", "coarse", "granular",
    "first-principles", "data-centric", "model-centric", "resource-constrained",
    "memory-bound", "compute-bound", "latency-sensitive", "user-facing", "internal",
    "open-source", "proprietary", "experimental", "production", "offline", "online",
    "multilingual", "domain-specific", "general-purpose", "lightweight", "heavyweight",
    "sequential", "parallel", "distributed", "local", "remote", "boring", "critical",
    "overlooked", "underrated", "overrated", "elegant", "clumsy", "readable", "opaque",
    "interpretable", "measurable", "repeatable", "flaky", "long-running", "short-lived",
    "accurate", "approximate", "asynchronous", "synchronous", "automatic", "bespoke",
    "brand-new", "broken", "bulky", "busy", "canonical", "cautious", "central", "chaotic",
    "cheaper", "chunky", "circular", "clever", "closed", "cluttered", "cold", "colorful",
    "common", "complete", "complex", "composite", "concrete", "conservative", "consistent",
    "constant", "contrived", "convenient", "correct", "costly", "crisp", "crude", "cumbersome",
    "custom", "daily", "dangerous", "decent", "default", "defensive", "delayed", "delicate",
    "dependable", "derived", "detailed", "diagnostic", "different", "difficult", "direct",
    "dirty", "discrete", "disjoint", "dominant", "dormant", "dramatic", "dynamic", "eager",
    "early", "easy", "efficient", "elaborate", "empirical", "empty", "entire", "essential",
    "ethical", "exact", "excessive", "exotic", "expected", "expert", "external", "extreme",
    "fair", "faithful", "familiar", "fancy", "fatal", "faulty", "feasible", "fixed",
    "flat", "flexible", "fluent", "focused", "formal", "fresh", "frozen", "frugal", "full",
    "fuzzy", "generic", "gentle", "global", "graceful", "gradual", "greedy", "handy", "hard",
    "harmless", "hasty", "healthy", "heavy", "helpful", "heuristic", "hierarchical", "honest",
    "huge", "hybrid", "ideal", "idle", "immature", "immutable", "implicit", "important",
    "inconsistent", "independent", "indirect", "informal", "initial", "innocent", "intense",
    "intuitive", "invalid", "isolated", "joint", "jumpy", "key", "lagging", "lazy", "lean",
    "legible", "lengthy", "linear", "literal", "live", "logical", "loose", "lossless", "lossy",
    "loud", "low-level", "high-level", "mature", "meaningful", "mechanical", "medium",
    "mild", "misleading", "mixed", "mobile", "modest", "modular", "monolithic", "mutable",
    "narrow", "native", "natural", "nested", "neutral", "nightly", "nominal", "nonlinear",
    "novel", "numeric", "odd", "old", "optimal", "optional", "ordered", "organic", "original",
    "orthogonal", "outdated", "painful", "paranoid", "partial", "passive", "patchy", "peculiar",
    "periodic", "permanent", "persistent", "plain", "plausible", "polished", "popular",
    "portable", "positive", "practical", "predictable", "preliminary", "pristine", "private",
    "probabilistic", "productive", "profitable", "promising", "proper", "public", "quiet",
    "random", "rare", "raw", "realistic", "recent", "recursive", "redundant", "regular",
    "relative", "relevant", "reusable", "risky", "rough", "routine", "safe", "scalable",
    "scarce", "scrappy", "seasonal", "secure", "selective", "sensitive", "shallow", "shared",
    "sharp", "simple", "sloppy", "small", "smooth", "solid", "specific", "speculative",
    "static", "steady", "steep", "stiff", "strange", "strict", "structured", "stubborn",
    "suboptimal", "subtle", "sufficient", "suspicious", "symbolic", "systematic", "tangible",
    "technical", "temporary", "tentative", "textual", "theoretical", "thin", "thorough",
    "tight", "tolerant", "transparent", "tricky", "trivial", "typical", "unbounded",
    "uncertain", "unclear", "uneven", "unexpected", "unfamiliar", "uniform", "unique",
    "unstable", "unusual", "urgent", "useful", "vague", "valid", "variable", "verbose",
    "versatile", "visible", "visual", "volatile", "weak", "weekly", "weird", "wide", "wrong",
};

const char *const verbData[] = {
    "evaluate", "debug", "profile", "measure", "calibrate", "tune", "train", "pretrain",
    "fine-tune", "distill", "quantize", "benchmark", "validate", "annotate", "label",
    "audit", "refactor", "rewrite", "design", "prototype", "ship", "deploy", "monitor",
    "document", "review", "compare", "reproduce", "simplify", "scale", "shrink", "cache",
    "index", "retrieve", "rank", "filter", "deduplicate", "clean", "sample", "visualize",
    "explain", "teach", "justify", "prioritize", "estimate", "budget", "schedule",
    "automate", "instrument", "trace", "isolate", "stress-test", "harden", "migrate",
    "version", "package", "release", "archive", "recover", "compress", "parallelize",
    "serialize", "parse", "tokenize", "embed", "cluster", "classify", "summarize",
    "translate", "align", "score", "rerank", "prune", "merge", "split", "batch", "stream",
    "accelerate", "adapt", "adjust", "aggregate", "allocate", "analyze", "anticipate",
    "approximate", "assemble", "assess", "attribute", "augment", "balance", "bootstrap",
    "bound", "build", "bundle", "capture", "categorize", "certify", "challenge", "check",
    "clarify", "collect", "combine", "communicate", "compile", "compose", "compute",
    "configure", "confirm", "connect", "consolidate", "construct", "contain", "control",
    "convert", "coordinate", "correct", "cost", "critique", "curate", "customize", "decode",
    "decompose", "define", "delegate", "deliver", "demonstrate", "deprecate", "derive",
    "describe", "detect", "diagnose", "discover", "dissect", "distribute", "draft", "encode",
    "enforce", "engineer", "enrich", "examine", "execute", "expand", "experiment", "explore",
    "expose", "extend", "extract", "facilitate", "finalize", "fix", "forecast", "formalize",
    "format", "freeze", "generalize", "generate", "guard", "handle", "identify", "illustrate",
    "implement", "improve", "infer", "initialize", "inspect", "integrate", "interpret",
    "investigate", "iterate", "launch", "lint", "load", "localize", "log", "maintain",
    "map", "mentor", "mitigate", "model", "moderate", "modify", "normalize", "observe",
    "onboard", "operate", "optimize", "orchestrate", "organize", "outline", "pace", "pair",
    "patch", "persist", "pilot", "plan", "predict", "present", "preserve", "prevent",
    "probe", "process", "produce", "publish", "quantify", "query", "question", "rebuild",
    "reconcile", "record", "redesign", "reduce", "reframe", "regularize", "reorganize",
    "repair", "replace", "replicate", "report", "represent", "research", "resolve",
    "restructure", "reuse", "revise", "route", "run", "sanitize", "scope", "secure",
    "segment", "select", "sequence", "shard", "simulate", "sketch", "smooth", "solve",
    "sort", "specify", "stabilize", "standardize", "structure", "study", "support",
    "synthesize", "test", "transform", "troubleshoot", "unify", "update", "upgrade",
    "verify", "warm up", "weigh", "write",
};

const char *const toolData[] = {
    "PyTorch", "JAX", "TensorFlow", "NumPy", "pandas", "Polars", "DuckDB", "SQLite",
    "PostgreSQL", "Redis", "Kafka", "Airflow", "Prefect", "Dagster", "MLflow",
    "Weights & Biases", "TensorBoard", "Transformers", "Datasets", "Accelerate",
    "DeepSpeed", "FSDP", "Megatron", "LLM-Foundry", "Composer", "fastai", "scikit-learn",
    "XGBoost", "LightGBM", "spaCy", "NLTK", "ColBERT", "RAGatouille", "FAISS", "Annoy",
    "Elasticsearch", "OpenSearch", "Qdrant", "Chroma", "LangChain", "LlamaIndex", "DSPy",
    "vLLM", "llama.cpp", "ONNX Runtime", "TensorRT", "Triton", "CUDA", "ROCm", "Docker",
    "Kubernetes", "Terraform", "GitHub Actions", "pytest", "Hypothesis", "Jupyter",
    "FastHTML", "Streamlit", "Gradio", "Flask", "FastAPI", "Qt", "CMake", "Bazel", "Rust",
    "Go", "C++", "Julia", "Lua", "Bash",
};

const char *const datasetData[] = {
    "TinyStories", "Imagenette", "financial_phrasebank", "SQuAD", "Natural Questions",
    "MS MARCO", "BEIR", "HotpotQA", "TriviaQA", "GSM8K", "MATH", "HumanEval", "MBPP",
    "WikiText", "C4", "The Pile", "RedPajama", "FineWeb", "OpenWebText", "BookCorpus",
    "CommonCrawl", "LAION", "COCO", "ImageNet", "CIFAR-10", "MNIST", "GLUE", "SuperGLUE",
    "HELM", "MMLU", "ARC", "HellaSwag", "WinoGrande", "TruthfulQA", "BoolQ", "PIQA",
    "tickets", "contracts", "invoices", "notes", "reviews", "transcripts", "commits",
    "bug trackers", "call logs", "news", "abstracts", "patents", "recipes", "commentary",
    "lectures", "podcasts", "forums", "surveys", "sensor data", "clickstreams", "satellite images",
    "audio clips", "forms", "the fastbook chapters",
};

const char *const metricData[] = {
    "accuracy", "precision", "recall", "F1", "Recall@10", "MRR@10", "nDCG", "perplexity",
    "BLEU", "ROUGE-L", "exact match", "calibration error", "Brier score", "AUC",
    "latency at p99", "tokens per second", "cost per query", "GPU hours", "peak memory",
    "judge agreement", "Cohen's kappa", "win rate", "Elo rating", "pass@1", "pass@10",
    "loss", "validation loss", "gradient norm", "throughput", "error rate",
    "false positive rate", "coverage", "retention", "time to first token", "user satisfaction",
};

const char *const peopleData[] = {
    "developer", "architect", "product manager", "hiring manager", "research lead",
    "stakeholder", "teammate", "reviewer", "founder", "data engineer", "SRE", "designer",
    "student", "customer", "compliance officer", "security lead", "investor", "writer",
    "maintainer", "domain expert", "intern", "director", "recruiter", "teacher",
    "support agent", "analyst", "statistician", "annotator", "auditor", "consultant",
    "contractor", "editor", "librarian", "operator", "physician", "lawyer", "accountant",
    "journalist", "professor", "volunteer",
};

const char *const skillData[] = {
    "debugging", "writing", "public speaking", "experiment design", "statistics",
    "systems thinking", "code reading", "estimation", "mentoring", "negotiation",
    "prioritization", "technical writing", "data visualization", "product sense",
    "research taste", "first-principles reasoning", "error analysis", "teaching",
    "project management", "stakeholder communication",
};

const char *const eventData[] = {
    "workshop", "sprint", "design review", "hackathon", "meetup", "retreat", "offsite",
    "demo day", "postmortem", "standup", "reading group", "conference", "webinar",
    "livestream", "interview", "on-call week", "launch", "bake-off", "summit", "panel",
    "AMA", "office hours", "fireside chat", "lecture", "seminar", "code sprint",
};

const char *const identifierPartData[] = {
    "attention", "mask", "batch", "size", "loss", "scale", "token", "ids", "input", "output",
    "hidden", "state", "layer", "norm", "weight", "bias", "grad", "clip", "step", "epoch",
    "lr", "warmup", "decay", "sample", "score", "judge", "prompt", "query", "passage",
    "index", "rank", "cache", "config", "load", "save", "merge", "split", "collate", "pack",
    "forward", "hook", "register", "dataset", "loader", "eval", "train", "metric", "log",
    "tracker", "seed", "shard", "chunk", "embed", "encode", "decode", "vocab", "max", "min",
    "mean", "std", "total", "count", "path", "dir", "name", "len",
};

} // namespace

List projectPrefixes() { return listOf(projectPrefixData); }
List projectSuffixes() { return listOf(projectSuffixData); }
List firstNames() { return listOf(firstNameData); }
List syllableOnsets() { return listOf(syllableOnsetData); }
List syllableVowels() { return listOf(syllableVowelData); }
List syllableCodas() { return listOf(syllableCodaData); }
List nouns() { return listOf(nounData); }
List modifiers() { return listOf(modifierData); }
List adjectives() { return listOf(adjectiveData); }
List verbs() { return listOf(verbData); }
List tools() { return listOf(toolData); }
List datasets() { return listOf(datasetData); }
List metrics() { return listOf(metricData); }
List people() { return listOf(peopleData); }
List skills() { return listOf(skillData); }
List events() { return listOf(eventData); }
List identifierParts() { return listOf(identifierPartData); }

} // namespace GeneratorVocabulary
