import Foundation

/// The small script that served pages get (a built site never has it): it listens to the
/// server's event stream and reloads the page when the site it came from has been replaced.
enum LiveReload {
    /// The address of the event stream; outside any site's files.
    static let eventsPath = "/__casebook/events"

    /// The script for a page served while the site was at `version`. A hidden tab lets go of
    /// its stream and asks again when shown (reloading if the site changed meanwhile): browsers
    /// allow a site only six connections, and every open stream holds one.
    static func script(version: Int) -> String {
        """
        <script>/* casebook serve: reloads the page after each rebuild */(function () {
          var shown = "\(version)", events = null;
          function listen() {
            if (events || document.hidden) return;
            events = new EventSource("\(eventsPath)");
            events.onmessage = function (event) {
              if (event.data !== shown) { events.close(); location.reload(); }
            };
          }
          document.addEventListener("visibilitychange", function () {
            if (!document.hidden) { listen(); } else if (events) { events.close(); events = null; }
          });
          listen();
        })();</script>
        """
    }

    /// `html` with the script inserted before its last `</body>`, or at its end.
    static func inject(into html: [UInt8], version: Int) -> [UInt8] {
        let script = Array(script(version: version).utf8)
        let marker = Array("</body>".utf8)
        guard html.count >= marker.count else { return html + script }
        var index = html.count - marker.count
        while index >= 0 {
            if html[index] == UInt8(ascii: "<"), html[index..<index + marker.count].elementsEqual(marker) {
                return Array(html[..<index]) + script + Array(html[index...])
            }
            index -= 1
        }
        return html + script
    }

    /// One server-sent event carrying `version`.
    static func event(version: Int) -> String { "data: \(version)\n\n" }
}
