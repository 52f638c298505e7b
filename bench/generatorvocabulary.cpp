#include "generatorvocabulary.h"

namespace GeneratorVocabulary {

namespace {

template<int N>
List listOf(const char *const (&items)[N])
{
    return {items, N};
}

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

const char *const leadInData[] = {
    "You mentioned {O} in {P}.",
    "In {P} you {V} {O} with {T}.",
    "{P} uses {T} for {O}.",
    "Several of your posts {V} {O}.",
    "I read your notes on {G} {O}.",
    "You described {P} as {A} at {E}.",
    "Your {P} repository has {O}.",
    "Let's talk about {P} and {O}.",
    "You reported {M} for {O}.",
    "Your blog compares {T} with {T}.",
    "Many teams never {V} {O}.",
    "Imagine {R} {G} {O}.",
    "You have worked on {O} for {#} weeks.",
    "Let's dig into {O}.",
    "{W} asked me about {O}.",
    "When {W} reviewed {P}, {O} came up.",
    "At {E} you showed {O}.",
    "Your {P} notes mention {O} and {O}.",
    "Suppose {P} gets fewer {N}s.",
    "You said {O} mattered most.",
    "In {P}, {O} changed {#} times.",
    "You {V} {O} before {G} {O}.",
};

// A question frame has a verb and one or two objects ({O}) and may take a
// context ({X}, empty about half of the time).
const char *const coreData[] = {
    "How did you {V} {O}{X}?",
    "Why did you {V} {O}{X}?",
    "What made you {V} {O}{X}?",
    "What was hard about {G} {O}{X}?",
    "How would you {V} {O} if you started over{X}?",
    "Which {N} did you {V} first{X}?",
    "How would you {V} {O} for {R}?",
    "What did {O} show about {O}{X}?",
    "What would you change in {O}{X}?",
    "When did {O} become {A}{X}?",
    "Where does {O} break{X}?",
    "Who relied on {O}{X}?",
    "Can you walk through {G} {O}{X}?",
    "How do you go about {G} {O}{X}?",
    "How do you know {O} is {A}{X}?",
    "What did you give up by {G} {O}{X}?",
    "Why is {O} so {A}{X}?",
    "What went wrong when you tried to {V} {O}{X}?",
    "How do you {V} {O} without {G} {O}?",
    "What surprised you in {O}{X}?",
    "What did you learn by {G} {O}{X}?",
    "Which parts of {O} would you keep{X}?",
    "How long did it take to {V} {O}{X}?",
    "What did {G} {O} cost in {M}{X}?",
    "How would you test if {O} is {A}?",
    "Does {O} help {R}{X}?",
    "Is {O} worth {G}{X}?",
    "How did {E} change how you {V} {O}?",
    "What would {R} say about {O}{X}?",
    "Which assumption behind {O} is {A}{X}?",
    "How do {O} and {O} interact{X}?",
    "Why not {V} {O} with {T}?",
    "What is the {N} behind {O}{X}?",
    "How did you find the cause of {O}{X}?",
    "What does {O} look like{X}?",
    "How would you {V} {O} at {#} times the size?",
    "Which {A} {N} in {O} would you {V}?",
    "How do you keep {O} {A} while {O} changes?",
    "What about {O} is still open{X}?",
    "How did `{C}` end up in {O}?",
    "Why does `{C}` matter for {O}{X}?",
    "Would {O} reveal {O}{X}?",
    "What did your first {N} get wrong{X}?",
    "How did you get {R} to {V} {O}?",
    "Where did {O} fail{X}?",
    "Which part of {O} is {A}, and why?",
    "Would you rather {V} {O} or {V} {O}?",
    "How would you {V} {O} in an experiment{X}?",
    "What does {A} {N} look like for {O}?",
    "Which {N} in {O} do you like{X}?",
    "Should {R} {V} {O} before {G} {O}?",
    "How did {W} react to {O}{X}?",
    "Why did {W} {V} {O}{X}?",
    "What did you {V} in {O} at {E}?",
};

const char *const objectData[] = {
    "the {A} {N}", "your {N}", "the {N} in {P}", "{P}'s {N}", "the {N} behind {P}",
    "a {A} {N}", "the {N} of your {N}", "your {A} {N} for {D}", "the {N} you built with {T}",
    "the {N} on {D}", "{T}'s {N}", "the {N} and its {N}", "your {N} for {P}",
    "the {A} {N} in {T}", "that {A} {N}", "the {N} for {R}", "your {A} {N}",
    "the {N} of {P}", "the {A} {N} you had", "each {N}", "the {N} from {E}",
    "the {A} {N} of {N}", "the {A} {N} of {N}s", "the {N} around `{C}`", "{W}'s {N}", "the {N} {W} built", "the {N} {N}",
    "{A} {N}", "{A} {N} and {N}", "the {N} behind your {A} {N}",
};

const char *const contextData[] = {
    " in {P}", " on {D}", " with {T}", " for {R}", " at {E}", " while {G} the {N}",
    " during {E}", " with {#} {N}s", " when {O} stalled", " before {G} {O}",
    " after {G} {O}", " across {#} {N}s", " without {T}", " in {P}", " for {O}",
    " on {A} {N}", " given {A} {N}", " with {#} {N}s from {P}", " once {O} changed",
    " in {P} and {P}", " for {O}", " at {#} {N}s per second", " on {A} {N}s",
    " since {O} got {A}", " with {W}", " for {W}'s team",
};

const char *const followUpData[] = {
    "Would you {V} {O} next?",
    "How did you {V} {O}?",
    "What did {R} think of {O}?",
    "What did {W} think of {O}?",
    "Give one {A} example from {D}.",
    "How long did {G} {O} take?",
    "What did {O} cost in {M}?",
    "Did {O} carry over to {P}?",
    "Is {O} still {A}?",
    "Would {T} change {O}?",
    "Be specific about {O}.",
    "Who helped with {O}?",
    "Which {N} convinced you?",
    "When was {O} done?",
    "Would {O} work on {D}?",
    "Which {A} change helped most?",
    "What did you drop from {O}?",
};

const char *const answerOpenerData[] = {
    "I had to {V} the {N} in {#} small steps, starting from a {A} baseline on {D}.",
    "My short answer is the {N}: it was {A} in ways that only showed up in {M}.",
    "The {N} in {P} started as a {A} script and grew into a proper module.",
    "In {P}, the {N} was where most of the time went, roughly {#} hours over two months.",
    "I chose {T} because the {N} needed to be {A} and I could read its source in an afternoon.",
    "Most of what I know about the {N} comes from {G} it by hand on {D}.",
    "The honest answer is that the {N} looked {A} until I measured {M}.",
    "I treat the {N} as an experiment with a written hypothesis and a fixed budget.",
    "My first attempt at the {N} with {T} failed, and that failure shaped {P}.",
    "It depends on {M}, so I start by making the {N} {A} enough to measure it.",
    "We ran {#} configurations of the {N} before settling on the {A} one.",
    "The {N} matters because {R} will see its failures before anyone else does.",
    "I learned this at {E}, where the {N} broke in front of {R}.",
    "Before {P}, I underestimated how {A} the {N} would be.",
};

const char *const answerSentenceData[] = {
    "I compared the {A} {N} against a {A} baseline and kept a log of every run in {T}.",
    "The key signal was {M}, which moved from {#} to {#} once the {N} was fixed.",
    "That made the {N} {A} and much easier to explain to {R}.",
    "I wrote a small script around `{C}` to {V} each batch before it reached the model.",
    "Looking back, the {N} was the {A} part, and the {N} only looked hard.",
    "On {D} the effect was clear after {#} steps, while on {D} it took far longer.",
    "The numbers were noisy, so I repeated each run with {#} seeds and reported the spread.",
    "Most of the work was {A}: reading logs, scoring outputs by hand and fixing the {N}.",
    "I shared the results on my blog and {R} pointed out a flaw in the {N}.",
    "That feedback led me to {V} the {N} again with {T} instead of {T}.",
    "The {N} now runs in about {#} minutes on a single GPU, down from {#}.",
    "I keep a checklist for the {N} so that the next run is {A} by default.",
    "In hindsight, I should have measured {M} from the very first day.",
    "The {A} version of the {N} was slower but far easier to {V}.",
    "I ended up with {#} test cases that pin down how the {N} behaves on {D}.",
    "This is where {S} paid off more than any new tool.",
    "I still think the {N} is {A}, but the data from {P} changed how I weigh it.",
    "The change touched only the {N}, so the rest of {P} stayed {A}.",
    "Every failure went into a spreadsheet with the input, the output and a short note.",
    "After {#} rounds of review, agreement with the judge reached {#} percent.",
    "It also showed that `{C}` was called {#} times per step, which nobody expected.",
    "The lesson for {P} is to keep the {N} {A} and the {N} boring.",
    "When {M} plateaued, I switched from {T} to {T} and the plateau moved.",
    "The {A} {N} turned out to be a symptom, not the cause.",
    "I documented the {N} in a short design note so {R} could review it.",
    "You can see the full write-up on my blog at https://example.com/posts/{#}-{C}.",
    "Later, at {E}, I walked through the same {N} live and answered questions about {M}.",
    "That experience is why I now {V} the {N} before touching the {N}.",
    "The budget was tight, about {#} GPU hours, so every run had to count.",
    "I would not call the {N} solved, but it is {A} enough for {P} today.",
    "The {N} also made the {N} easier to {V}, which I had not planned.",
    "What convinced me was a plot of {M} against the size of the {N}.",
};

const char *const listIntroData[] = {
    "The steps I followed were:",
    "Three things mattered most:",
    "In practice that meant:",
    "The checks I run every time are:",
    "What changed in {P}:",
    "The main trade-offs were:",
    "I broke the {N} down like this:",
};

const char *const bulletItemData[] = {
    "**{N}**: {V} it first, because everything else depends on it.",
    "a {A} {N} that anyone on the team can rerun",
    "{M} on {D}, tracked per run in {T}",
    "a written note for {R} explaining the {N}",
    "one `{C}` call per batch instead of {#}",
    "the {A} {N}, kept separate from the {N}",
    "manual review of {#} samples from {D}",
    "a fixed seed and a pinned version of {T}",
    "an alert when {M} drops by more than {#} percent",
    "the {N} and the {N}, compared side by side",
};

const char *const stepItemData[] = {
    "{V} the {N} on a small slice of {D}.",
    "Compare {M} against the {A} baseline.",
    "Inspect the {#} worst cases by hand.",
    "Fix the {N} and rerun the whole sweep.",
    "Write down what changed and why in the {P} notes.",
    "Share the result with {R} and collect feedback.",
    "Repeat with {T} to rule out a tooling issue.",
    "Freeze the {N} and move on to the {N}.",
};

const char *const codeLineData[] = {
    "{C} = load_{C}(path)",
    "for step, batch in enumerate({C}):",
    "    loss = model(**batch).loss",
    "    {C}.append(loss.item())",
    "if {C} > {#}:",
    "    raise ValueError(\"unexpected {C}\")",
    "print({C}, {C})",
    "result = {C}({C}, max_len={#})",
    "assert torch.allclose({C}, {C}, atol=1e-6)",
    "model.register_forward_hook({C})",
    "scores = [{C}(x) for x in {C}]",
    "config[\"{C}\"] = {#}",
    "return {C}",
    "def {C}({C}, {C}):",
};

const char *const codeLanguageData[] = {
    "python", "python", "python", "bash", "text", "",
};

const char *const placeholderData[] = {
    "I have some thoughts on this and will fill this in later.",
    "Will fill this in later.",
    "Talk about the {N} in {P} and how it connects to {D}.",
    "Talk about {E} and the {A} {N}.",
    "Mention the {N} results from {P}.",
    "Write about {G} the {N} with {T}.",
    "TODO",
    "TODO: describe the {N} in {P}.",
    "TBD",
    "Expand on the {A} {N} here.",
    "Coming soon.",
    "\xe2\x80\xa6",
    "Note to self: add the {M} numbers from {D}.",
    "Remember to link the {P} write-up.",
};

const char *const sectionTitleData[] = {
    "User: Asking About {P}",
    "User: First Interaction (Hasn't read `{C}.md`)",
    "User: Has Read `{C}.md`",
    "Recruiter: {P} and the {N}",
    "Hiring Manager: {S} and {N}",
    "Researcher: Questions on {P}",
    "Engineer: {T} in Practice",
    "Product: {P} in the Real World",
    "Interview: {N}",
    "Follow-up: {P} After {E}",
    "User: Asking Out-of-Scope Questions",
    "Reviewer: {M} on {D}",
};

const char *const synonymPairData[] = {
    "hardest", "most difficult",
    "biggest", "largest",
    "pick", "choose",
    "change", "modify",
    "explain", "describe",
    "surprised", "caught",
    "measure", "quantify",
    "decide", "determine",
    "approach", "method",
    "experiment", "study",
    "learn", "take away",
    "risk", "danger",
    "ship", "release",
    "check", "look at",
    "teach", "show",
    "convince", "persuade",
    "design", "set up",
    "defend", "justify",
    "part", "piece",
    "thing", "step",
    "project", "work",
    "started", "began",
    "keep", "stay",
    "helped", "served",
    "actually", "really",
    "practice", "reality",
    "center", "heart",
    "matter", "count",
    "spend", "invest",
    "abandon", "drop",
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
List questionLeadIns() { return listOf(leadInData); }
List questionCores() { return listOf(coreData); }
List objects() { return listOf(objectData); }
List contexts() { return listOf(contextData); }
List questionFollowUps() { return listOf(followUpData); }
List answerOpeners() { return listOf(answerOpenerData); }
List answerSentences() { return listOf(answerSentenceData); }
List listIntros() { return listOf(listIntroData); }
List bulletItems() { return listOf(bulletItemData); }
List stepItems() { return listOf(stepItemData); }
List codeLines() { return listOf(codeLineData); }
List codeLanguages() { return listOf(codeLanguageData); }
List placeholderAnswers() { return listOf(placeholderData); }
List sectionTitles() { return listOf(sectionTitleData); }
List synonymPairs() { return listOf(synonymPairData); }

} // namespace GeneratorVocabulary
