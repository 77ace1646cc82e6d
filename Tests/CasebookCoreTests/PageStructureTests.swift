import Testing

@testable import CasebookCore

@Suite struct PageStructureTests {
    /// The levels of `<h1>`…`<h6>` in the order they appear.
    func headingLevels(_ html: String) -> [Int] {
        var levels: [Int] = []
        var rest = Substring(html)
        while let range = rest.range(of: "<h") {
            rest = rest[range.upperBound...]
            if let digit = rest.first, let level = Int(String(digit)),
                rest.dropFirst().first.map({ $0 == ">" || $0 == " " }) == true
            {
                levels.append(level)
            }
        }
        return levels
    }

    @Test func everyPageHasOneH1AndSkipsNoHeadingLevel() throws {
        let files = try RenderingSample.siteFiles(RenderingSample.content(), review: true)
        for file in files where file.path.hasSuffix(".html") {
            let levels = headingLevels(file.text)
            #expect(levels.first == 1, "\(file.path)")
            #expect(levels.filter { $0 == 1 }.count == 1, "\(file.path)")
            #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "\(file.path): \(levels)")
        }
    }

    @Test func everyPageHasTheLandmarksAndASkipLink() throws {
        let files = try RenderingSample.siteFiles(RenderingSample.publicContent())
        for file in files where file.path.hasSuffix(".html") {
            for landmark in [
                "<!doctype html>", "<html lang=\"en\">", "<meta charset=\"utf-8\">",
                "<header class=\"site-header\">",
                "<nav aria-label=\"Main\">", "<main id=\"main\"", "<footer class=\"site-footer\">",
                "<a class=\"skip-link\" href=\"#main\">", "type=\"application/atom+xml\"",
            ] {
                #expect(file.text.contains(landmark), "\(file.path): \(landmark)")
            }
        }
    }
}
