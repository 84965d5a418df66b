let commands = ["go", "stop", "wait", "jump"]
for command in commands {
    switch command {
    case "go":
        print("moving")
    case "stop", "wait":
        print("holding")
        if command == "wait" { break }
        print("stopped")
    default:
        print("unknown: \(command)")
    }
}
