final class Log {
    let lines: [String] = []
}
let log = Log()
log.lines.append("x")
print(log.lines)
