import Testing

/// A multipart/form-data body with a purpose field and one file.
func multipart(purpose: String, filename: String, content: String) -> (body: [UInt8], type: String)
{
  let boundary = "sim-boundary-1"
  let text =
    "--\(boundary)\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n\(purpose)\r\n"
    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\n"
    + "Content-Type: application/octet-stream\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
  return (Array(text.utf8), "multipart/form-data; boundary=\(boundary)")
}

extension SimClient {
  func upload(purpose: String, filename: String, content: String) async throws -> Reply {
    let form = multipart(purpose: purpose, filename: filename, content: content)
    return try await send(
      .main, .POST, "/v1/files?provider=openai", body: form.body, contentType: form.type)
  }
}

@Suite struct FileRoutesTests {
  @Test func uploadListGetContentDelete() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let batch = try await client.upload(
        purpose: "batch", filename: "a.jsonl", content: "{\"x\":1}\n")
      #expect(batch.status == 200)
      let batchID = try #require(batch.json["id"] as? String)
      #expect(batch.json["bytes"] as? Int == 8)
      let other = try await client.upload(
        purpose: "assistants", filename: "b.txt", content: "hello")
      let otherID = try #require(other.json["id"] as? String)

      let list = try await client.send(
        .main, .GET, "/v1/files?provider=openai&purpose=batch&limit=5")
      let ids = (list.json["data"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
      #expect(ids == [batchID])

      let meta = try await client.send(.main, .GET, "/v1/files/\(batchID)?provider=openai")
      #expect(meta.json["filename"] as? String == "a.jsonl")
      let content = try await client.send(.main, .GET, "/v1/files/\(batchID)/content")
      #expect(content.text == "{\"x\":1}\n")

      let deleted = try await client.send(.main, .DELETE, "/v1/files/\(otherID)")
      #expect(deleted.json["deleted"] as? Bool == true)
      #expect(try await client.send(.main, .GET, "/v1/files/\(otherID)").status == 404)
    }
  }

  @Test func rejectsUploadsWithoutAFileOrWithABadPurpose() async throws {
    try await withSimulator { (client: SimClient) async throws in
      let bad = try await client.upload(purpose: "nonsense", filename: "a", content: "x")
      #expect(bad.status == 400)
      let json = try await client.send(.main, .POST, "/v1/files", json: "{}")
      #expect(json.status == 400)
    }
  }
}
