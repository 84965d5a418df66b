// The C library's constants that Foundation brings.
import Foundation
print(M_PI, M_PI_2, M_PI_4, M_1_PI, M_2_PI, M_2_SQRTPI, M_E, M_LOG2E, M_LOG10E, M_LN2, M_LN10, M_SQRT2, M_SQRT1_2)
let area = M_PI * 2 * 2
print(area, M_PI == Double.pi)
