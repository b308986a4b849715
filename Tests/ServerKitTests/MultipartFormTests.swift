import ServerKit
import Testing

/// `multipart/form-data` bodies as curl `-F` sends them.
@Suite struct MultipartFormTests {
  static let body =
    "--b-42\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.wav\"\r\n"
    + "Content-Type: audio/wav\r\n\r\nRIFF\r\n--b-42\r\n"
    + "Content-Disposition: form-data; name=purpose\r\n\r\nbatch\r\n--b-42--\r\n"

  @Test(arguments: [
    ("multipart/form-data; boundary=b-42", "b-42"),
    ("Multipart/Form-Data; Boundary=\"b-42\"", "b-42"),
    ("multipart/form-data ; charset=utf-8; boundary = b-42", "b-42"),
  ])
  func boundary(_ contentType: String, _ boundary: String) {
    #expect(MultipartForm.boundary(in: contentType) == boundary)
  }

  @Test func noBoundaryForOtherTypes() {
    #expect(MultipartForm.boundary(in: "application/json") == nil)
    #expect(MultipartForm.boundary(in: "multipart/form-data") == nil)
  }

  @Test func partsInOrder() throws {
    let parts = try MultipartForm.parse(Array(Self.body.utf8), boundary: "b-42")
    #expect(parts.map(\.name) == ["file", "purpose"])
    #expect(parts.map(\.filename) == ["x.wav", nil])
    #expect(parts.map(\.contentType) == ["audio/wav", nil])
    #expect(parts.map(\.text) == ["RIFF", "batch"])
  }

  @Test func malformedBodies() {
    #expect((try? MultipartForm.parse(Array("garbage".utf8), boundary: "b-42"))?.isEmpty != false)
    #expect(
      MultipartForm.parts(
        Array("--b-42\r\nC".utf8), contentType: "multipart/form-data; boundary=b-42"
      )
      .isEmpty)
    #expect(MultipartForm.parts(Array(Self.body.utf8), contentType: nil).isEmpty)
  }
}
