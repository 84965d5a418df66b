/// The one palette every figure uses: Okabe & Ito's eight colours, chosen to stay distinguishable
/// under the common forms of colour blindness. Series take `series` colours in order.
public enum Palette {
    public static let blue = Color(hex: 0x0072B2)
    public static let vermillion = Color(hex: 0xD55E00)
    public static let bluishGreen = Color(hex: 0x009E73)
    public static let orange = Color(hex: 0xE69F00)
    public static let reddishPurple = Color(hex: 0xCC79A7)
    public static let skyBlue = Color(hex: 0x56B4E9)
    public static let yellow = Color(hex: 0xF0E442)
    public static let black = Color(hex: 0x000000)

    /// Series colours in the order they are handed out (yellow last: it is faint on white).
    public static let series: [Color] = [blue, vermillion, bluishGreen, orange, reddishPurple, skyBlue, black, yellow]

    /// The colour of the `index`-th series, cycling through `series`.
    public static func color(at index: Int) -> Color { series[index % series.count] }

    /// Marks a correct prediction (bluish green) and a wrong one (vermillion).
    public static let correct = bluishGreen
    public static let wrong = vermillion

    // Figure furniture.
    static let background = Color.white
    static let text = Color(hex: 0x222222)
    static let mutedText = Color(hex: 0x555555)
    static let axis = Color(hex: 0x333333)
    static let grid = Color(hex: 0xE3E3E3)
    static let legendFrame = Color(hex: 0xCCCCCC)

    /// Viridis anchor colours (perceptually uniform, colour-blind safe), low to high.
    static let sequentialAnchors: [Color] = [0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725].map { Color(hex: $0) }

    /// A colour on the sequential scale for `fraction` in 0...1.
    static func sequential(_ fraction: Double) -> Color {
        let t = min(max(fraction.isFinite ? fraction : 0, 0), 1) * Double(sequentialAnchors.count - 1)
        let lower = min(Int(t), sequentialAnchors.count - 2)
        return sequentialAnchors[lower].mixed(with: sequentialAnchors[lower + 1], fraction: t - Double(lower))
    }
}
