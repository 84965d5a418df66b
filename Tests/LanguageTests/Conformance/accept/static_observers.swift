struct Settings {
    static var volume = 5 {
        willSet { print("volume will be \(newValue)") }
        didSet { print("volume was \(oldValue), now \(volume)") }
    }
    static func louder() { volume += 1 }
}

Settings.louder()
Settings.volume = 0
print(Settings.volume)
