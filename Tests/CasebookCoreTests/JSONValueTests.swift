import Foundation
import Testing

@testable import CasebookCore

@Suite struct JSONValueTests {
    @Test func writesSortedKeysAndLeavesOutNulls() {
        let value = JSONValue.object([
            "b": .number(2), "a": .array([.string("x")]), "gone": .null, "empty": .array([]),
        ])
        #expect(value.pretty == "{\n  \"a\": [\n    \"x\"\n  ],\n  \"b\": 2,\n  \"empty\": []\n}\n")
    }

    @Test func escapesWhatJSONRequires() throws {
        let text = "quote \" backslash \\ newline \n tab \t bell \u{07} Cyrillic Ж slash /"
        let written = JSONValue.object(["t": .string(text)]).pretty
        #expect(written.contains(#"quote \" backslash \\ newline \n tab \t bell \u0007 Cyrillic Ж slash /"#))
        let parsed = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: String]
        #expect(parsed?["t"] == text)
    }
}
