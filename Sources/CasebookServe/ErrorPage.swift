import CasebookCore
import Foundation

/// The page every address shows while the content has errors: each one with its place, its
/// message and the line it points at, so that the writer sees what to fix without a terminal.
struct ErrorPage {
    /// The problems of the last build, sorted.
    var diagnostics: [Diagnostic]

    /// The whole page.
    var html: String {
        let errors = diagnostics.filter { $0.severity == .error }
        let formatter = DiagnosticFormatter(isTerminal: false)
        var items = ""
        for diagnostic in diagnostics {
            let place =
                formatter.relative(diagnostic.location.path)
                + ":\(diagnostic.location.line):\(diagnostic.location.column)"
            items +=
                "<li class=\"\(diagnostic.severity.rawValue)\"><p><code class=\"place\">\(Self.escape(place))</code> "
            items +=
                "<strong>\(diagnostic.severity.rawValue):</strong> \(Self.escape(diagnostic.message))</p>"
            if let excerpt = Self.excerpt(at: diagnostic.location) { items += "<pre>\(excerpt)</pre>" }
            items += "</li>\n"
        }
        let count = "\(errors.count) error\(errors.count == 1 ? "" : "s")"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(count) — Casebook</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
            h1 { color: #a01010; font-size: 1.5rem; }
            ol { padding-left: 1.2rem; }
            li { margin-bottom: 1.2rem; }
            li.warning strong { color: #8a5a00; }
            li.error strong { color: #a01010; }
            code.place { font-weight: bold; }
            pre { background: #f4f4f4; padding: .6rem .8rem; overflow-x: auto; border-left: 3px solid #a01010; }
            .caret { color: #a01010; font-weight: bold; }
            </style>
            </head>
            <body>
            <h1>The site cannot be built: \(count)</h1>
            <p>Fix the files below and save them; this page reloads by itself when the site builds again.
            The terminal running <code>casebook serve</code> shows the same list.</p>
            <ol id="casebook-errors">
            \(items)</ol>
            </body>
            </html>

            """
    }

    // The line the diagnostic points at, with a caret under its column, HTML-escaped.
    static func excerpt(at location: SourceLocation) -> String? {
        guard location.line >= 1, let data = FileManager.default.contents(atPath: location.path) else {
            return nil
        }
        let lines = String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        guard location.line <= lines.count else { return nil }
        let line = lines[location.line - 1].replacingOccurrences(of: "\r", with: "")
        let padding = String(
            line.unicodeScalars.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " })
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        return "\(number) | \(escape(line))\n\(gutter) | \(padding)<span class=\"caret\">^</span>"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
