/// One model a provider serves.
struct CatalogModel: Sendable {
  var id: String
  var provider: String
  /// `text_generation`, `embedding`, `speech`, `transcription` or `realtime`.
  var category: String
  /// The dated snapshot name the provider answers with.
  var snapshot: String?
  var inputPrice: Double  // USD per 1M tokens
  var outputPrice: Double
  var reasoning = false
  var created = 1_735_689_600
}

/// The providers and models every simulated gateway is configured with.
enum ModelCatalog {
  static let providers = ["openai", "anthropic", "gemini", "groq", "xai", "bailian"]

  static let models: [CatalogModel] = [
    .init(
      id: "gpt-4.1-nano", provider: "openai", category: "text_generation",
      snapshot: "gpt-4.1-nano-2025-04-14", inputPrice: 0.1, outputPrice: 0.4),
    .init(
      id: "gpt-4.1-mini", provider: "openai", category: "text_generation",
      snapshot: "gpt-4.1-mini-2025-04-14", inputPrice: 0.4, outputPrice: 1.6),
    .init(
      id: "gpt-4o-mini", provider: "openai", category: "text_generation",
      snapshot: "gpt-4o-mini-2024-07-18", inputPrice: 0.15, outputPrice: 0.6),
    .init(
      id: "gpt-3.5-turbo", provider: "openai", category: "text_generation",
      snapshot: "gpt-3.5-turbo-0125", inputPrice: 0.5, outputPrice: 1.5),
    .init(
      id: "gpt-5-nano", provider: "openai", category: "text_generation",
      snapshot: "gpt-5-nano-2025-08-07", inputPrice: 0.05, outputPrice: 0.4, reasoning: true),
    .init(
      id: "text-embedding-3-small", provider: "openai", category: "embedding", inputPrice: 0.02,
      outputPrice: 0),
    .init(
      id: "text-embedding-3-large", provider: "openai", category: "embedding", inputPrice: 0.13,
      outputPrice: 0),
    .init(
      id: "claude-sonnet-4-6", provider: "anthropic", category: "text_generation", inputPrice: 3,
      outputPrice: 15, reasoning: true),
    .init(
      id: "claude-haiku-4-5", provider: "anthropic", category: "text_generation", inputPrice: 1,
      outputPrice: 5),
    .init(
      id: "gemini-2.5-flash-lite", provider: "gemini", category: "text_generation",
      inputPrice: 0.1, outputPrice: 0.4),
    .init(
      id: "gemini-2.5-flash", provider: "gemini", category: "text_generation", inputPrice: 0.3,
      outputPrice: 2.5, reasoning: true),
    .init(
      id: "gemini-embedding-001", provider: "gemini", category: "embedding", inputPrice: 0.15,
      outputPrice: 0),
    .init(
      id: "llama-3.1-8b-instant", provider: "groq", category: "text_generation",
      inputPrice: 0.05, outputPrice: 0.08),
    .init(
      id: "llama-3.3-70b-versatile", provider: "groq", category: "text_generation",
      inputPrice: 0.59, outputPrice: 0.79),
    .init(
      id: "grok-3-mini", provider: "xai", category: "text_generation", inputPrice: 0.3,
      outputPrice: 0.5, reasoning: true),
    .init(
      id: "grok-4", provider: "xai", category: "text_generation", inputPrice: 3, outputPrice: 15,
      reasoning: true),
    .init(
      id: "grok-4.3", provider: "xai", category: "text_generation", inputPrice: 3,
      outputPrice: 15, reasoning: true),
    .init(
      id: "gpt-4o-mini-tts", provider: "openai", category: "speech", inputPrice: 0.6,
      outputPrice: 12),
    .init(id: "tts-1", provider: "openai", category: "speech", inputPrice: 15, outputPrice: 0),
    .init(
      id: "gpt-4o-transcribe", provider: "openai", category: "transcription", inputPrice: 2.5,
      outputPrice: 10),
    .init(
      id: "whisper-1", provider: "openai", category: "transcription", inputPrice: 6,
      outputPrice: 0),
    .init(
      id: "gpt-realtime-mini", provider: "openai", category: "realtime", inputPrice: 0.6,
      outputPrice: 2.4),
    .init(
      id: "grok-voice-latest", provider: "xai", category: "realtime", inputPrice: 3,
      outputPrice: 15),
    .init(
      id: "qwen3-omni-flash-realtime", provider: "bailian", category: "realtime",
      inputPrice: 0.4, outputPrice: 1.6),
  ]

  static func model(_ id: String, provider: String? = nil) -> CatalogModel? {
    models.first {
      ($0.id == id || $0.snapshot == id) && (provider == nil || $0.provider == provider)
    }
  }

  static let categories: [(id: String, name: String)] = [
    ("text_generation", "Text generation"), ("embedding", "Embeddings"), ("speech", "Speech"),
    ("transcription", "Transcription"), ("realtime", "Realtime"),
  ]
}
