import CasebookFuzzing
import Foundation

#if CASEBOOK_FUZZING
    import CLibFuzzer
#endif

/// libFuzzer's entry point: one input, run through `FuzzEntry.exercise`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// Hands the command line to libFuzzer in the fuzz build (`make fuzz`); says how to get that
/// build otherwise.
@main
enum CasebookFuzz {
    static func main() {
        #if CASEBOOK_FUZZING
            // SwiftPM links every executable's `main` to its @main, not to libFuzzer's `main`.
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, fuzz))
        #else
            let usage = "CasebookFuzz is a libFuzzer target: run `make fuzz` (see docs/fuzzing.md).\n"
            FileHandle.standardError.write(Data(usage.utf8))
            exit(64)
        #endif
    }
}
