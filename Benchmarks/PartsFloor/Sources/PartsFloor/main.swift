// parts-floor TEMPLATES OUT FILE…
//
// For each Markdown file: read it, split off the frontmatter, compose the frontmatter with Yams,
// turn the body and the timeline events into HTML with cmark-gfm's own renderer, fill Casebook's
// page template with swift-mustache, and write OUT/<name>/index.html. One thread, no checks, no
// links, no lists, no feeds, no cache: what is left is what any build made of these parts pays.
// The CPU time of each part is printed at the end, so the benchmark can say what each one costs.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: parts-floor TEMPLATES OUT FILE…\n".utf8))
    exit(2)
}
let output = arguments[2]
var clock = PartClock()

do {
    let templates = try PageTemplates(folder: arguments[1])
    let markdown = MarkdownToHTML()
    for path in arguments.dropFirst(3) {
        let text = try clock.time(.read) { try SourceText(path: path) }
        let frontmatter = try clock.time(.yaml) { try Frontmatter(yaml: text.frontmatter) }
        let html = clock.time(.markdown) {
            PageHTML(frontmatter: frontmatter, body: text.body, markdown: markdown)
        }
        let page = try clock.time(.templates) { try templates.render(text, frontmatter, html) }
        try clock.time(.write) { try PageFile.write(page, folder: output, name: text.name) }
    }
} catch {
    FileHandle.standardError.write(Data("parts-floor: \(error)\n".utf8))
    exit(1)
}
print(clock.summary)
