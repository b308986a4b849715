import JQ

/// The JQ module's `JQArgument` (SpecModel has one of the same name).
typealias JQNamedArgument = JQArgument
