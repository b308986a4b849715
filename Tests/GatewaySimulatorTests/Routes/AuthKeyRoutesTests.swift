import Testing

@Suite struct AuthKeyRoutesTests {
  @Test func authListenerRequiresAKeyOthersDoNot() async throws {
    try await withSimulator { (client: SimClient) async throws in
      #expect(try await client.send(.auth, .GET, "/health").status == 200)
      #expect(try await client.send(.auth, .GET, "/v1/models").status == 401)
      let wrong = try await client.send(
        .auth, .GET, "/v1/models", headers: [("Authorization", "Bearer nope")])
      #expect(wrong.status == 401)
      #expect(wrong.errorType == "authentication_error")
      #expect(try await client.send(.auth, .GET, "/v1/models", headers: client.admin).status == 200)
      #expect(try await client.send(.main, .GET, "/v1/models").status == 200)
    }
  }

  @Test func managedKeyLifecycle() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let created = try await client.send(
        .auth, .POST, "/admin/api/v1/auth-keys", headers: client.admin,
        json: #"{"name":"k1","user_path":"/team/x/"}"#)
      #expect(created.status == 201)
      let value = try #require(created.json["value"] as? String)
      let id = try #require(created.json["id"] as? String)
      #expect(created.json["user_path"] as? String == "/team/x")
      let list = try await client.send(
        .auth, .GET, "/admin/api/v1/auth-keys", headers: client.admin)
      #expect(list.array.first?["value"] == nil)
      let redacted = try #require(list.array.first?["redacted_value"] as? String)
      #expect(redacted != value && redacted.hasSuffix(String(value.suffix(4))))

      let bearer = [("Authorization", "Bearer \(value)")]
      #expect(
        try await client.send(.auth, .GET, "/admin/api/v1/auth-keys", headers: bearer).status == 403
      )
      let chat = try await client.chat(
        .auth, say: "Reply with exactly K",
        headers: bearer + [("X-GoModel-User-Path", "/other"), ("X-Request-ID", "k-1")])
      #expect(chat.status == 200)
      let audit = try await client.send(
        .auth, .GET, "/admin/api/v1/audit/log?request_id=k-1", headers: client.admin)
      #expect(audit.json[path: "entries.0.user_path"] as? String == "/team/x")
      #expect(audit.json[path: "entries.0.auth_key_id"] as? String == id)
      #expect(audit.json[path: "entries.0.auth_method"] as? String == "api_key")

      let off = try await client.send(
        .auth, .POST, "/admin/api/v1/auth-keys/\(id)/deactivate", headers: client.admin)
      #expect(off.status == 204)
      let after = try await client.send(
        .auth, .GET, "/admin/api/v1/auth-keys", headers: client.admin)
      #expect(after.array.first?["active"] as? Bool == false)
      #expect(try await client.chat(.auth, say: "x", headers: bearer).status == 401)
    }
  }

  @Test func invalidUserPathsAreRejected() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let key = try await client.send(
        .auth, .POST, "/admin/api/v1/auth-keys", headers: client.admin,
        json: #"{"name":"bad","user_path":"/team/../alpha"}"#)
      #expect(key.status == 400)
      let header = try await client.chat(
        say: "x", headers: [("X-GoModel-User-Path", "relative/path")])
      #expect(header.status == 400)
    }
  }
}
