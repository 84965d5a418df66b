struct Config {
    static let limit = 3
}
print(Config.limt)
