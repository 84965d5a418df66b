enum Config {
    static let limit = 3
}
Config.limit = 4
print(Config.limit)
