import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Tries the address and port before the server starts, so that a busy port gets a sentence
/// instead of a networking library's error.
enum PortCheck {
    /// Throws `portInUse` when another program listens there.
    static func ensureFree(address: String, port: Int) throws(PreviewServer.StartError) {
        guard (1...65535).contains(port) else {
            throw .cannotListen(address: address, port: port, reason: "a port is a number from 1 to 65535")
        }
        var hints = addrinfo()
        hints.ai_flags = AI_NUMERICSERV | AI_PASSIVE
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(address, String(port), &hints, &found)
        guard status == 0, let info = found else {
            throw .cannotListen(address: address, port: port, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(found) }
        let socket = Glibc.socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard socket >= 0 else {
            throw .cannotListen(address: address, port: port, reason: String(cString: strerror(errno)))
        }
        defer { close(socket) }
        // As the server itself sets it: a port left in TIME_WAIT by a stopped server is free.
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        if bind(socket, info.pointee.ai_addr, info.pointee.ai_addrlen) != 0 {
            if errno == EADDRINUSE { throw .portInUse(address: address, port: port) }
            throw .cannotListen(address: address, port: port, reason: String(cString: strerror(errno)))
        }
    }
}
