#include "DemoGenerator.h"

#include "core/CoreResources.h"
#include "domain/StatusCatalog.h"
#include "store/Database.h"
#include "store/OrderStore.h"

#include <QDir>
#include <QFile>

#include <QScopeGuard>

#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;

namespace
{
    template <typename T, std::size_t N>
    const T& pick(QRandomGenerator& rng, const std::array<T, N>& items)
    {
        return items[rng.bounded(static_cast<quint32>(N))];
    }

    // A generator whose stream depends only on the given words (std::seed_seq's mixing is
    // specified by the standard, so the stream is the same on every platform).
    QRandomGenerator seeded(std::initializer_list<quint32> words)
    {
        std::seed_seq sequence(words);
        return QRandomGenerator(sequence);
    }

    bool chance(QRandomGenerator& rng, int percent)
    {
        return rng.bounded(100) < percent;
    }

    const std::array<QStringView, 40> firstNames = {
        u"Aarav",  u"Vivaan", u"Aditya",  u"Arjun",  u"Sai",       u"Rohan",   u"Karthik",  u"Rahul",
        u"Vikram", u"Manish", u"Sandeep", u"Suresh", u"Ravi",      u"Imran",   u"Harpreet", u"Anil",
        u"Deepak", u"Nikhil", u"Pranav",  u"Gaurav", u"Ananya",    u"Diya",    u"Priya",    u"Sneha",
        u"Kavya",  u"Meera",  u"Pooja",   u"Neha",   u"Aishwarya", u"Lakshmi", u"Fatima",   u"Simran",
        u"Divya",  u"Shreya", u"Nandini", u"Ritu",   u"Swati",     u"Anjali",  u"Bhavna",   u"Tanvi",
    };
    const std::array<QStringView, 32> lastNames = {
        u"Sharma", u"Verma",  u"Gupta",    u"Iyer",   u"Reddy",     u"Nair",     u"Menon", u"Patel",
        u"Shah",   u"Desai",  u"Kulkarni", u"Joshi",  u"Mukherjee", u"Banerjee", u"Das",   u"Chatterjee",
        u"Singh",  u"Kaur",   u"Gill",     u"Khan",   u"Qureshi",   u"Rao",      u"Naidu", u"Pillai",
        u"Yadav",  u"Mishra", u"Tiwari",   u"Pandey", u"Agarwal",   u"Jain",     u"Bose",  u"Hegde",
    };
    const std::array<QStringView, 6> mailDomains = {u"gmail.com",      u"yahoo.co.in", u"outlook.com",
                                                    u"rediffmail.com", u"gmail.com",   u"hotmail.com"};

    struct City
    {
        QStringView name;
        int pinBase;
        int pinSpan;
        std::array<QStringView, 5> areas;
    };
    const std::array<City, 12> cities = {{
        {u"Bengaluru", 560001, 99, {u"Koramangala", u"HSR Layout", u"Indiranagar", u"Whitefield", u"Jayanagar"}},
        {u"Mumbai", 400001, 103, {u"Andheri West", u"Powai", u"Bandra East", u"Malad West", u"Chembur"}},
        {u"New Delhi", 110001, 95, {u"Dwarka Sector 12", u"Rohini Sector 9", u"Lajpat Nagar", u"Saket", u"Karol Bagh"}},
        {u"Hyderabad", 500001, 95, {u"Gachibowli", u"Madhapur", u"Kukatpally", u"Banjara Hills", u"Kondapur"}},
        {u"Chennai", 600001, 118, {u"Adyar", u"Velachery", u"T. Nagar", u"Anna Nagar", u"Tambaram"}},
        {u"Kolkata", 700001, 159, {u"Salt Lake Sector V", u"New Town", u"Behala", u"Garia", u"Ballygunge"}},
        {u"Pune", 411001, 61, {u"Kothrud", u"Baner", u"Hinjewadi Phase 1", u"Viman Nagar", u"Wakad"}},
        {u"Ahmedabad", 380001, 60, {u"Satellite", u"Navrangpura", u"Bopal", u"Maninagar", u"Vastrapur"}},
        {u"Jaipur", 302001, 39, {u"Malviya Nagar", u"Vaishali Nagar", u"Mansarovar", u"C-Scheme", u"Jagatpura"}},
        {u"Lucknow", 226001, 29, {u"Gomti Nagar", u"Hazratganj", u"Aliganj", u"Indira Nagar", u"Alambagh"}},
        {u"Kochi", 682001, 39, {u"Kakkanad", u"Edappally", u"Vyttila", u"Palarivattom", u"Fort Kochi"}},
        {u"Chandigarh", 160001, 35, {u"Sector 17", u"Sector 35", u"Sector 22", u"Manimajra", u"Sector 44"}},
    }};
    const std::array<QStringView, 12> societies = {
        u"Sai Residency",   u"Shanti Apartments", u"Green Park Society", u"Lakshmi Nivas",
        u"Krishna Enclave", u"Sunrise Towers",    u"Prestige Park View", u"Shree Ganesh Heights",
        u"Royal Palms",     u"Silver Oak CHS",    u"Anand Vihar",        u"Gulmohar Gardens",
    };
    const std::array<QStringView, 4> timeSlots = {u"09:00-12:00", u"12:00-15:00", u"15:00-18:00", u"18:00-21:00"};
    const std::array<QStringView, 16> technicianNames = {
        u"Ramesh Kumar", u"Sunil Yadav",  u"Manoj Gowda",  u"Abdul Rehman", u"Prakash Shetty", u"Dinesh Patil",
        u"Rajesh Nair",  u"Vinod Sahu",   u"Santosh Mane", u"Irfan Shaikh", u"Mahesh Reddy",   u"Gopal Das",
        u"Ajay Thakur",  u"Kiran Murthy", u"Satish Pawar", u"Naveen Raj",
    };

    struct Service
    {
        ServiceLine line;
        QStringView name;
        QStringView category;
        std::array<QStringView, 5> brands;
        QStringView modelPattern; // %1 brand
        qint64 pricePaise;
    };
    const std::array<Service, 16> services = {{
        {ServiceLine::Installation,
         u"Split AC Installation",
         u"Air Conditioner",
         {u"LG", u"Voltas", u"Daikin", u"Samsung", u"Blue Star"},
         u"%1 1.5 Ton 5 Star Inverter Split AC",
         149900},
        {ServiceLine::Installation,
         u"Window AC Installation",
         u"Air Conditioner",
         {u"Voltas", u"Lloyd", u"Carrier", u"Hitachi", u"Godrej"},
         u"%1 1 Ton 3 Star Window AC",
         99900},
        {ServiceLine::Installation,
         u"TV Installation",
         u"Television",
         {u"Samsung", u"LG", u"Sony", u"Mi", u"TCL"},
         u"%1 108 cm (43 inch) 4K Ultra HD Smart TV",
         49900},
        {ServiceLine::Installation,
         u"Washing Machine Installation",
         u"Washing Machine",
         {u"LG", u"Samsung", u"IFB", u"Whirlpool", u"Bosch"},
         u"%1 7 kg Fully Automatic Front Load",
         59900},
        {ServiceLine::Installation,
         u"Geyser Installation",
         u"Geyser",
         {u"Havells", u"AO Smith", u"Bajaj", u"Racold", u"Crompton"},
         u"%1 15 L Storage Water Geyser",
         39900},
        {ServiceLine::Installation,
         u"Fan Installation",
         u"Ceiling Fan",
         {u"Crompton", u"Havells", u"Orient", u"Usha", u"Atomberg"},
         u"%1 1200 mm BLDC Ceiling Fan",
         19900},
        {ServiceLine::Installation,
         u"Bed Installation",
         u"Furniture",
         {u"Wakefit", u"Perfect Homes", u"Nilkamal", u"Durian", u"Sleepyhead"},
         u"%1 Engineered Wood Queen Bed",
         69900},
        {ServiceLine::Installation,
         u"Wardrobe Installation",
         u"Furniture",
         {u"Perfect Homes", u"Nilkamal", u"Godrej Interio", u"Wakefit", u"Durian"},
         u"%1 3 Door Wardrobe",
         89900},
        {ServiceLine::Maintenance,
         u"AC Maintenance (Foam Jet Service)",
         u"Air Conditioner",
         {u"LG", u"Voltas", u"Daikin", u"Hitachi", u"Panasonic"},
         u"%1 Split AC",
         59900},
        {ServiceLine::Maintenance,
         u"Chimney Maintenance",
         u"Kitchen Chimney",
         {u"Elica", u"Faber", u"Hindware", u"Glen", u"Sunflame"},
         u"%1 60 cm Auto Clean Chimney",
         79900},
        {ServiceLine::LargeRepair,
         u"TV Repair",
         u"Television",
         {u"Samsung", u"LG", u"Sony", u"Panasonic", u"Vu"},
         u"%1 LED TV",
         34900},
        {ServiceLine::LargeRepair,
         u"AC Repair",
         u"Air Conditioner",
         {u"Voltas", u"LG", u"Daikin", u"Lloyd", u"Blue Star"},
         u"%1 Split AC",
         39900},
        {ServiceLine::LargeRepair,
         u"Refrigerator Repair",
         u"Refrigerator",
         {u"LG", u"Samsung", u"Whirlpool", u"Godrej", u"Haier"},
         u"%1 260 L Double Door Refrigerator",
         34900},
        {ServiceLine::LargeRepair,
         u"Washing Machine Repair",
         u"Washing Machine",
         {u"IFB", u"LG", u"Samsung", u"Whirlpool", u"Bosch"},
         u"%1 Washing Machine",
         34900},
        {ServiceLine::MobileRepair,
         u"Mobile Repair",
         u"Mobile",
         {u"Samsung", u"Redmi", u"Realme", u"Apple", u"OnePlus"},
         u"%1 smartphone",
         29900},
        {ServiceLine::MobileRepair,
         u"Laptop Repair",
         u"Laptop",
         {u"HP", u"Lenovo", u"Dell", u"ASUS", u"Acer"},
         u"%1 15.6 inch laptop",
         49900},
    }};

    struct Pair
    {
        QStringView status;
        QStringView sub;
    };

    // The usual road of a ticket on each line; other statuses branch off it.
    const QList<Pair> fieldRoad = {
        {u"CREATED", u"NOT_APPLICABLE"}, {u"ALLOCATED", u"NOT_APPLICABLE"}, {u"COMPLETED", u"NOT_APPLICABLE"}};
    const QList<Pair> workshopRoad = {
        {u"CREATED", u"NOT_APPLICABLE"},
        {u"PICKUP", u"ALLOCATED"},
        {u"WORKSHOP", u"INWARD"},
        {u"WORKSHOP", u"DIAGNOSIS"},
        {u"WORKSHOP", u"ESTIMATION_REQUESTED"},
        {u"WORKSHOP", u"ESTIMATION_RESPONSE_PENDING"},
        {u"WORKSHOP", u"ESTIMATION_APPROVED"},
        {u"WORKSHOP", u"REPAIR_IN_PROGRESS"},
        {u"WORKSHOP", u"REPAIR_COMPLETED"},
        {u"WORKSHOP", u"QC_PENDING"},
        {u"WORKSHOP", u"QC_SUCCESS"},
        {u"DROP", u"ALLOCATED"},
        {u"DROP", u"TECHNICIAN_REACHED_SITE"},
        {u"DROP", u"COMPLETED"},
    };

    // The journey that ends in the target pair.
    QList<Pair> journeyTo(ServiceLine line, const Pair& target, QRandomGenerator& rng)
    {
        const bool workshop = line == ServiceLine::MobileRepair;
        const QList<Pair>& road = workshop ? workshopRoad : fieldRoad;
        for (qsizetype i = 0; i < road.size(); ++i) {
            if (road.at(i).status == target.status && road.at(i).sub == target.sub) {
                QList<Pair> journey = road.mid(0, i + 1);
                if (!workshop && target.status == u"COMPLETED" && chance(rng, 25)) {
                    journey.insert(2, {u"RESCHEDULED", u"CUSTOMER_RESCHEDULE"});
                }
                return journey;
            }
        }
        auto upTo = [&](QStringView status, QStringView sub) {
            for (qsizetype i = 0; i < road.size(); ++i) {
                if (road.at(i).status == status && road.at(i).sub == sub) {
                    return road.mid(0, i + 1);
                }
            }
            return road.mid(0, 1);
        };
        QList<Pair> journey;
        if (target.status == u"SERVICE_PENDING") {
            journey = upTo(u"CREATED", u"NOT_APPLICABLE");
        } else if (target.status == u"RESCHEDULED") {
            journey = workshop ? upTo(u"PICKUP", u"ALLOCATED") : upTo(u"ALLOCATED", u"NOT_APPLICABLE");
        } else if (target.status == u"CANCEL_INITIATED" || target.status == u"CANCELED") {
            journey = workshop ? upTo(u"PICKUP", u"ALLOCATED") : upTo(u"ALLOCATED", u"NOT_APPLICABLE");
            if (target.sub == u"CUSTOMER_NOT_RESPONDING") {
                journey.append(Pair{u"RESCHEDULED", u"CUSTOMER_NOT_RESPONDING"});
            }
            if (target.status == u"CANCELED") {
                journey.append(Pair{u"CANCEL_INITIATED", target.sub});
            }
        } else if (target.sub == u"TRANSIT_DAMAGE") {
            journey = upTo(u"WORKSHOP", u"INWARD");
        } else if (target.sub == u"ESTIMATION_REJECTED") {
            journey = upTo(u"WORKSHOP", u"ESTIMATION_RESPONSE_PENDING");
        } else if (target.status == u"DROP" && target.sub == u"ISSUE_NOT_RESOLVED") {
            journey = upTo(u"DROP", u"TECHNICIAN_REACHED_SITE");
        } else if (target.status == u"DROP" && target.sub == u"NOT_APPLICABLE") {
            journey = upTo(u"WORKSHOP", u"QC_SUCCESS");
        } else if (target.status == u"COMPLETED") {
            journey = upTo(u"DROP", u"COMPLETED");
        } else {
            journey = road.mid(0, 1);
        }
        journey.append(target);
        return journey;
    }

    QString remarkFor(const Pair& step, QRandomGenerator& rng, const QString& technician, const QString& slot,
                      QDate spd)
    {
        const QString s = step.status.toString();
        const QString sub = step.sub.toString();
        const QString date = spd.toString(u"dd-MMM-yyyy"_s);
        if (s == u"CREATED") {
            return chance(rng, 50) ? u"Service request registered with Jeeves. Awaiting technician allocation."_s
                                   : u"Ticket created from Flipkart order; SPD %1."_s.arg(date);
        }
        if (s == u"ALLOCATED") {
            return u"Assigned to %1 for the %2 slot."_s.arg(technician, slot);
        }
        if (s == u"SERVICE_PENDING") {
            return u"Branch has no free technician this week; transferred to the nearest service franchise."_s;
        }
        if (s == u"RESCHEDULED") {
            if (sub == u"SITE_NOT_READY") {
                return u"Reached site, wall not ready for mounting / electrical point missing. Customer to inform."_s;
            }
            if (sub == u"CUSTOMER_RESCHEDULE") {
                return u"Customer asked to come on %1 instead; rescheduled."_s.arg(date);
            }
            if (sub == u"TECHNICIAN_RESCHEDULE") {
                return chance(rng, 50) ? u"Technician on leave; visit moved to %1."_s.arg(date)
                                       : u"Spare part not in stock at branch; visit moved to %1."_s.arg(date);
            }
            if (sub == u"CUSTOMER_NOT_RESPONDING") {
                return chance(rng, 50) ? u"Called customer 3 times, no answer. Door locked at site."_s
                                       : u"Customer number switched off; left SMS."_s;
            }
            return u"Society does not allow service vans before 11:00; location constraint."_s;
        }
        if (s == u"CANCEL_INITIATED") {
            if (sub == u"CUSTOMER_NOT_RESPONDING") {
                return u"No response from customer after repeated attempts; cancellation initiated."_s;
            }
            if (sub == u"CUSTOMER_NOT_READY") {
                return u"Customer says product not delivered yet / does not want service now."_s;
            }
            return u"PIN code outside serviceable area for this product."_s;
        }
        if (s == u"CANCELED") {
            return u"Ticket cancelled in SRMS."_s;
        }
        if (s == u"COMPLETED") {
            return chance(rng, 50) ? u"Service completed, demo given. COP code verified."_s
                                   : u"Work done and tested in front of customer; COP received."_s;
        }
        if (s == u"PICKUP") {
            return u"Pickup agent %1 assigned for %2."_s.arg(technician, date);
        }
        if (s == u"WORKSHOP") {
            if (sub == u"INWARD") {
                return u"Device received at Bengaluru central workshop."_s;
            }
            if (sub == u"DIAGNOSIS") {
                return u"Diagnosis started: display and charging port."_s;
            }
            if (sub == u"ESTIMATION_REQUESTED" || sub == u"ESTIMATION_RESPONSE_PENDING") {
                return u"Estimate shared with customer in app; awaiting approval."_s;
            }
            if (sub == u"ESTIMATION_APPROVED") {
                return u"Customer approved the estimate in app."_s;
            }
            if (sub == u"ESTIMATION_REJECTED") {
                return u"Customer rejected the estimate; device to be returned unrepaired."_s;
            }
            if (sub == u"TRANSIT_DAMAGE") {
                return u"Back panel cracked in transit; reported to logistics."_s;
            }
            if (sub == u"QC_PENDING") {
                return u"Repair done, waiting for quality check."_s;
            }
            if (sub == u"QC_SUCCESS") {
                return u"Quality check passed."_s;
            }
            return u"Repair in progress at workshop."_s;
        }
        if (s == u"DROP") {
            if (sub == u"ALLOCATED") {
                return u"Delivery agent %1 assigned."_s.arg(technician);
            }
            if (sub == u"TECHNICIAN_REACHED_SITE") {
                return u"Reached customer location for delivery."_s;
            }
            if (sub == u"COMPLETED") {
                return u"Device delivered; customer checked it in front of agent."_s;
            }
            if (sub == u"ISSUE_NOT_RESOLVED") {
                return u"Customer says the issue is still there at delivery."_s;
            }
            return u"Delivery not applicable: device returned unrepaired."_s;
        }
        return {};
    }

    // index ↦ (index · 3¹⁸ + offset) mod modulus: a bijection on [0, modulus) for a power-of-ten
    // modulus, because 3¹⁸ shares no factor with 10. Consecutive indexes land far apart.
    quint64 scramble(qint64 index, quint64 modulus, quint64 offset)
    {
        constexpr quint64 multiplier = 387420489ULL; // below 2^29; modulus ≤ 10^10, so no overflow
        const quint64 reduced = static_cast<quint64>(index) % modulus;
        return (reduced * multiplier + offset % modulus) % modulus;
    }

    QString mobileNumber(quint64 n, int firstDigit)
    {
        return QString::number(firstDigit) + QString::number(n % 1000000000ULL).rightJustified(9, u'0');
    }

    // Status pairs of the KM table, in catalog order.
    QList<Pair> allPairs()
    {
        static QList<QString> storage;
        QList<Pair> pairs;
        if (storage.isEmpty()) {
            for (const StatusDefinition& d : StatusCatalog::instance().definitions()) {
                storage.append(d.status);
                storage.append(d.subStatus);
            }
        }
        for (qsizetype i = 0; i + 1 < storage.size(); i += 2) {
            pairs.append({storage.at(i), storage.at(i + 1)});
        }
        return pairs;
    }
} // namespace

DemoGenerator::DemoGenerator(const PolicyClock& clock, quint64 seed)
    : m_clock(clock)
    , m_seed(seed)
    , m_anchor(QDateTime(clock.today(), QTime(9, 0), PolicyClock::zone()))
{ }

int DemoGenerator::forcedPairCount()
{
    return static_cast<int>(allPairs().size());
}

bool DemoGenerator::installMedia(QString* error) const
{
    if (m_mediaFolder.isEmpty()) {
        return true;
    }
    ensureCoreResources();
    if (!QDir().mkpath(m_mediaFolder)) {
        *error = tr("Cannot create the folder %1 for the demo photos.").arg(QDir::toNativeSeparators(m_mediaFolder));
        return false;
    }
    const QDir source(u":/demo"_s);
    for (const QString& name : source.entryList({u"*.png"_s}, QDir::Files)) {
        const QString target = QDir(m_mediaFolder).filePath(name);
        if (QFile::exists(target)) {
            continue;
        }
        if (!QFile::copy(source.filePath(name), target)) {
            *error = tr("Cannot write the demo photo %1.").arg(QDir::toNativeSeparators(target));
            return false;
        }
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return true;
}

Customer DemoGenerator::customer(qint64 customerIndex) const
{
    QRandomGenerator rng = seeded({static_cast<quint32>(m_seed), static_cast<quint32>(m_seed >> 32), 0x5bd1e995U,
                                   static_cast<quint32>(customerIndex), static_cast<quint32>(customerIndex >> 32)});
    Customer c;
    const QString first = pick(rng, firstNames).toString();
    const QString last = pick(rng, lastNames).toString();
    c.name = first + u' ' + last;
    // Unique per customer: a bijection of the index onto nine digits, behind a 6–9 lead digit.
    c.phone = mobileNumber(scramble(customerIndex, 1000000000ULL, m_seed * 104729ULL),
                           6 + static_cast<int>(customerIndex % 4));
    c.email = u"%1.%2%3@%4"_s.arg(first.toLower(), last.toLower()).arg(customerIndex % 997).arg(pick(rng, mailDomains));
    if (chance(rng, 30)) {
        c.altPhone = mobileNumber(scramble(customerIndex, 1000000000ULL, m_seed + 17ULL),
                                  9 - static_cast<int>(customerIndex % 3));
        if (c.altPhone == c.phone) {
            c.altPhone.clear();
        }
    }
    const City& city = cities[rng.bounded(static_cast<quint32>(cities.size()))];
    c.city = city.name.toString();
    c.pincode = QString::number(city.pinBase + rng.bounded(city.pinSpan + 1));
    c.address = u"Flat %1, %2, %3"_s.arg(100 + rng.bounded(1400))
                    .arg(pick(rng, societies), city.areas[rng.bounded(static_cast<quint32>(city.areas.size()))]);
    return c;
}

Order DemoGenerator::order(qint64 index) const
{
    QRandomGenerator rng =
        seeded({static_cast<quint32>(m_seed), static_cast<quint32>(m_seed >> 32), static_cast<quint32>(index),
                static_cast<quint32>(index >> 32), static_cast<quint32>(m_anchor.date().toJulianDay())});
    Order order;
    // OD + 18 digits: a 4, nine digits that are a bijection of the index (so IDs never collide),
    // eight more that only look random.
    order.orderId = u"OD4"_s + QString::number(scramble(index, 1000000000ULL, m_seed)).rightJustified(9, u'0')
                    + QString::number(scramble(index, 100000000ULL, m_seed * 31 + 7)).rightJustified(8, u'0');

    // One customer in five is a repeat customer: the phone search then lists several orders.
    const qint64 customerIndex =
        (index > 10 && chance(rng, 20)) ? rng.bounded(static_cast<quint32>(qMin<qint64>(index, 1u << 30))) : index;
    order.customer = customer(customerIndex);

    // Mostly recent orders, with a tail back to three months so both sides of the 30-day
    // warranty and of every SPD are present.
    const int ageDays = chance(rng, 70) ? rng.bounded(21) : 21 + rng.bounded(70);
    order.placedAt = m_anchor.addDays(-ageDays).addSecs(-static_cast<qint64>(rng.bounded(12 * 3600)));
    const int platform = rng.bounded(100);
    order.platform = platform < 60 ? Platform::Android : (platform < 75 ? Platform::Ios : Platform::Web);
    order.payment = chance(rng, 72) ? Payment::Prepaid : Payment::Cash;

    int ticketCount = 1;
    if (index % 50 == 7) {
        ticketCount = 0; // paid, but the booking was never confirmed
    } else if (index % 29 == 11) {
        ticketCount = 3;
    } else if (index % 7 == 3 || chance(rng, 8)) {
        ticketCount = 2;
    }

    QDateTime notBefore = order.placedAt;
    for (int position = 0; position < ticketCount; ++position) {
        Ticket t = ticket(rng, index * 4 + position, position, notBefore);
        notBefore = t.createdAt;
        order.tickets.append(t);
    }
    // Some completed services are reopened: the original ticket records the reopen and a new
    // ticket, registered for the revisit, joins the order (as the KM describes the journey).
    const qsizetype original = order.tickets.size();
    for (qsizetype i = 0; i < original && order.tickets.size() < 4; ++i) {
        if (chance(rng, 10)) {
            reopen(rng, order, i, index * 4 + order.tickets.size());
        }
    }
    for (const Ticket& t : std::as_const(order.tickets)) {
        for (const Service& s : services) {
            if (s.name == t.service) {
                order.amountPaise += s.pricePaise;
                break;
            }
        }
    }
    if (ticketCount == 0) {
        order.amountPaise = services[rng.bounded(static_cast<quint32>(services.size()))].pricePaise;
    }

    // Refunds: a prepaid order whose booking never came through, or whose ticket was cancelled.
    const bool cancelled =
        !order.tickets.isEmpty()
        && StatusCatalog::instance().state(order.tickets.constFirst().status, order.tickets.constFirst().subStatus)
               == TicketState::Cancelled;
    if (order.payment == Payment::Prepaid && (ticketCount == 0 || cancelled)) {
        Refund refund;
        refund.initiatedAt = cancelled && !order.tickets.constFirst().activity.isEmpty()
                                 ? order.tickets.constFirst().activity.constLast().at.addSecs(1800)
                                 : order.placedAt.addSecs(3600);
        refund.tatDays = chance(rng, 50) ? 5 : 7;
        const int roll = rng.bounded(100);
        refund.status =
            roll < 55 ? RefundStatus::Processed : (roll < 90 ? RefundStatus::Initiated : RefundStatus::Failed);
        order.refund = refund;
    }
    return order;
}

Ticket DemoGenerator::ticket(QRandomGenerator& rng, qint64 ticketSerial, int position, const QDateTime& notBefore) const
{
    static const QList<Pair> pairs = allPairs();
    const StatusCatalog& catalog = StatusCatalog::instance();

    // The first tickets walk through every pair of the KM table; the rest follow a realistic mix.
    std::optional<Pair> forced;
    const qint64 orderIndex = ticketSerial / 4;
    if (position == 0 && orderIndex < pairs.size()) {
        forced = pairs.at(orderIndex);
    }

    const Service* service = nullptr;
    if (forced) {
        const StatusDefinition* def = catalog.find(forced->status.toString(), forced->sub.toString());
        const bool workshopOnly = def && !def->lines.isEmpty();
        for (int attempt = 0; attempt < 64 && !service; ++attempt) {
            const Service& candidate = services[rng.bounded(static_cast<quint32>(services.size()))];
            const bool mobile = candidate.line == ServiceLine::MobileRepair;
            if (workshopOnly == mobile) {
                service = &candidate;
            }
        }
    }
    if (!service) {
        const int roll = rng.bounded(100);
        const ServiceLine line = roll < 55   ? ServiceLine::Installation
                                 : roll < 72 ? ServiceLine::Maintenance
                                 : roll < 87 ? ServiceLine::LargeRepair
                                             : ServiceLine::MobileRepair;
        do {
            service = &services[rng.bounded(static_cast<quint32>(services.size()))];
        } while (service->line != line);
    }

    Pair target;
    if (forced) {
        target = *forced;
    } else if (service->line == ServiceLine::MobileRepair) {
        const qsizetype step = rng.bounded(static_cast<quint32>(workshopRoad.size()));
        target = chance(rng, 35) ? workshopRoad.constLast() : workshopRoad.at(step);
        if (chance(rng, 8)) {
            target = pick(rng, std::array<Pair, 4>{{{u"WORKSHOP", u"ESTIMATION_REJECTED"},
                                                    {u"WORKSHOP", u"TRANSIT_DAMAGE"},
                                                    {u"DROP", u"ISSUE_NOT_RESOLVED"},
                                                    {u"CANCELED", u"CUSTOMER_NOT_RESPONDING"}}});
        }
    } else {
        const int roll = rng.bounded(100);
        if (roll < 45) {
            target = {u"COMPLETED", u"NOT_APPLICABLE"};
        } else if (roll < 55) {
            target = {u"CREATED", u"NOT_APPLICABLE"};
        } else if (roll < 67) {
            target = {u"ALLOCATED", u"NOT_APPLICABLE"};
        } else if (roll < 71) {
            target = {u"SERVICE_PENDING", u"VENDOR_OFFLOAD"};
        } else if (roll < 86) {
            target = pick(rng, std::array<Pair, 5>{{{u"RESCHEDULED", u"CUSTOMER_RESCHEDULE"},
                                                    {u"RESCHEDULED", u"TECHNICIAN_RESCHEDULE"},
                                                    {u"RESCHEDULED", u"CUSTOMER_NOT_RESPONDING"},
                                                    {u"RESCHEDULED", u"SITE_NOT_READY"},
                                                    {u"RESCHEDULED", u"SERVICEABILITY_CONSTRAINT"}}});
        } else if (roll < 93) {
            target = pick(rng, std::array<Pair, 3>{{{u"CANCEL_INITIATED", u"CUSTOMER_NOT_RESPONDING"},
                                                    {u"CANCEL_INITIATED", u"CUSTOMER_NOT_READY"},
                                                    {u"CANCEL_INITIATED", u"NOT_SERVICEABLE"}}});
        } else {
            target = pick(rng, std::array<Pair, 2>{
                                   {{u"CANCELED", u"CUSTOMER_NOT_RESPONDING"}, {u"CANCELED", u"CUSTOMER_NOT_READY"}}});
        }
    }

    Ticket t;
    t.ticketId =
        u"FHS"_s + QString::number(scramble(ticketSerial, 10000000000ULL, m_seed * 31ULL)).rightJustified(10, u'0');
    t.line = service->line;
    t.service = service->name.toString();
    const QString brand = pick(rng, service->brands).toString();
    t.product.category = service->category.toString();
    t.product.brand = brand;
    t.product.model = service->modelPattern.toString().arg(brand);
    if (chance(rng, 70)) {
        t.product.serial = brand.left(2).toUpper() + QString::number(rng.bounded(100000000, 999999999));
    }
    t.slot = pick(rng, timeSlots).toString();
    t.invoiceAvailable = chance(rng, 90);

    // A later ticket of the same order is booked some days after the previous one.
    t.createdAt = notBefore.addSecs(600 + (position > 0 ? 86400LL * (1 + rng.bounded(4)) : 0) + rng.bounded(3600));
    if (t.createdAt > m_anchor) {
        t.createdAt = qMin(m_anchor, notBefore.addSecs(300)); // never before the order was placed
    }
    t.spd = PolicyClock::localDate(t.createdAt).addDays(1 + rng.bounded(4));

    const QString technicianName = pick(rng, technicianNames).toString();
    const QString technicianPhone = mobileNumber(rng.bounded(1000000000), 7 + rng.bounded(3));

    const QList<Pair> journey = journeyTo(t.line, target, rng);
    // Spread the journey from creation towards now (or to a few days after SPD for old tickets).
    const qint64 available = qMax<qint64>(3600, t.createdAt.secsTo(m_anchor) - 600);
    const qint64 span = qMin<qint64>(available, 86400LL * (2 + rng.bounded(6)));
    const qsizetype steps = journey.size();
    QList<QDateTime> times{t.createdAt};
    for (qsizetype i = 1; i < steps; ++i) {
        times.append(times.constLast().addSecs(qMax<qint64>(1200, span / steps) - rng.bounded(300)));
    }
    if (times.constLast() > m_anchor) {
        // A ticket booked just now: its updates fit between booking and now.
        const qint64 gap = qMax<qint64>(1, (t.createdAt.secsTo(m_anchor) - 60) / qMax<qsizetype>(1, steps));
        for (qsizetype i = 1; i < steps; ++i) {
            times[i] = times.at(i - 1).addSecs(gap);
        }
    }
    QRandomGenerator followUpRng =
        seeded({static_cast<quint32>(m_seed), static_cast<quint32>(m_seed >> 32), 0x464f4c55U,
                static_cast<quint32>(ticketSerial), static_cast<quint32>(ticketSerial >> 32)});
    bool allocated = false;
    for (qsizetype i = 0; i < steps; ++i) {
        const Pair& step = journey.at(i);
        const QDateTime& at = times.at(i);
        if (step.status == u"RESCHEDULED" && step.sub == u"CUSTOMER_RESCHEDULE") {
            t.spd = PolicyClock::localDate(at).addDays(1 + rng.bounded(5));
        } else if (step.status == u"RESCHEDULED" && step.sub == u"TECHNICIAN_RESCHEDULE") {
            t.spd = PolicyClock::localDate(at).addDays(1 + rng.bounded(3));
        }
        allocated = allocated || step.status == u"ALLOCATED" || step.status == u"PICKUP";
        ActivityEntry entry;
        entry.at = at;
        entry.status = step.status.toString();
        entry.subStatus = step.sub.toString();
        const bool systemStep = step.status == u"CREATED" || step.status == u"SERVICE_PENDING"
                                || step.status == u"CANCELED" || (step.status == u"ALLOCATED" && !allocated);
        entry.by =
            systemStep ? u"Jeeves SRMS"_s : (step.status == u"WORKSHOP" ? u"Workshop QC desk"_s : technicianName);
        entry.remark = remarkFor(step, rng, technicianName, t.slot, t.spd);
        t.activity.append(entry);
        // Remarks between status changes, as real timelines have: the status stays, the
        // technician or the partner desk notes what happened.
        const int notes = allocated ? rng.bounded(3) : (chance(rng, 40) ? 1 : 0);
        // Follow-ups while an allocated ticket waits for its next step (calls, reminders), drawn
        // from a stream of their own so that every other field stayed what it was before they
        // were added: a million orders then hold about ten million activity rows, as real ones do.
        const int followUps = allocated && i + 1 < steps ? followUpRng.bounded(3) : 0;
        const int remarks = notes + followUps;
        for (int n = 0; n < remarks && i + 1 < steps; ++n) {
            QRandomGenerator& source = n < notes ? rng : followUpRng;
            static const std::array<QStringView, 8> technicianNotes = {
                u"Called customer to confirm the slot; customer confirmed.",
                u"Asked customer to keep the product unboxed and the site ready.",
                u"On the way; will reach in about 40 minutes.",
                u"Shared visit OTP details with customer on call.",
                u"Customer asked for a call 30 minutes before arrival.",
                u"Checked product box: model matches the booking.",
                u"Customer requested evening visit; noted.",
                u"Spare part availability checked with branch.",
            };
            static const std::array<QStringView, 4> deskNotes = {
                u"Booking confirmation SMS sent to customer.",
                u"Ticket pushed to branch queue.",
                u"Awaiting technician availability in the customer's PIN code.",
                u"Reminder sent to branch for allocation.",
            };
            static const std::array<QStringView, 5> workshopNotes = {
                u"Spare part ordered from the brand's distributor.",
                u"Part received at workshop; repair scheduled.",
                u"Customer called for an update; informed about the stage.",
                u"Data backup advised to customer before repair.",
                u"Device tested for 2 hours after repair.",
            };
            ActivityEntry note = entry;
            note.at = at.addSecs(at.secsTo(times.at(i + 1)) * (n + 1) / (remarks + 1));
            const bool inWorkshop = step.status == u"WORKSHOP";
            note.by = inWorkshop ? u"Workshop QC desk"_s : (allocated ? technicianName : u"Jeeves SRMS"_s);
            note.remark = (inWorkshop  ? pick(source, workshopNotes)
                           : allocated ? pick(source, technicianNotes)
                                       : pick(source, deskNotes))
                              .toString();
            t.activity.append(note);
        }
    }
    t.status = target.status.toString();
    t.subStatus = target.sub.toString();
    if (allocated) {
        t.technician = Technician{technicianName, technicianPhone};
    }
    if (t.line == ServiceLine::MobileRepair) {
        t.deliveryPromised = t.spd.addDays(3 + rng.bounded(2));
    }

    const TicketState state = catalog.state(t.status, t.subStatus);
    if (state == TicketState::Completed) {
        t.completedAt = t.activity.constLast().at;
        Completion completion;
        completion.serial = t.product.serial.isEmpty()
                                ? brand.left(2).toUpper() + QString::number(rng.bounded(100000000, 999999999))
                                : t.product.serial;
        const int photos = 1 + rng.bounded(3);
        for (int p = 0; p < photos; ++p) {
            // The sample photos show an AC being installed and a serial label: AC tickets get
            // both, others only the serial label.
            const bool airConditioner = t.product.category == u"Air Conditioner";
            if (!m_mediaFolder.isEmpty() && p < (airConditioner ? 2 : 1)) {
                const int photo = airConditioner ? 1 + (ticketSerial + p) % 3 : 3;
                completion.images.append(QDir(m_mediaFolder).filePath(u"completion-%1.png"_s.arg(photo)));
            } else {
                completion.images.append(
                    u"https://img.fhs-partner.in/completion/%1/%2.jpg"_s.arg(t.ticketId).arg(p + 1));
            }
        }
        t.completion = completion;
        if (chance(rng, 25)) {
            // Accessories a technician sells with this kind of product, without repeats.
            QList<std::pair<QString, qint64>> offer;
            const QString category = t.product.category;
            if (category == u"Air Conditioner") {
                offer = {{u"AC outdoor unit stand"_s, 120000},
                         {u"Copper pipe extension (per ft)"_s, 85000},
                         {u"Drain pipe (2 m)"_s, 15000},
                         {u"Voltage stabilizer"_s, 249900},
                         {u"Gas top-up (R32)"_s, 180000}};
            } else if (category == u"Television") {
                offer = {{u"TV wall bracket"_s, 59900}, {u"HDMI cable (1.5 m)"_s, 39900}};
            } else if (category == u"Washing Machine") {
                offer = {{u"Inlet hose pipe"_s, 34900}, {u"Washing machine stand"_s, 99900}};
            } else if (category == u"Geyser" || category == u"Ceiling Fan") {
                offer = {{u"MCB switch"_s, 45000}, {u"Connection pipe pair"_s, 29900}};
            } else if (category == u"Kitchen Chimney") {
                offer = {{u"Chimney filter"_s, 89900}, {u"Duct pipe (per m)"_s, 30000}};
            } else if (category == u"Mobile") {
                offer = {{u"Tempered glass screen guard"_s, 29900}, {u"Back cover"_s, 39900}};
            } else if (category == u"Laptop") {
                offer = {{u"Laptop charger"_s, 189900}, {u"Keyboard protector"_s, 29900}};
            } else if (category == u"Refrigerator") {
                offer = {{u"Refrigerator stand"_s, 79900}, {u"Door gasket"_s, 99900}};
            }
            const int count = qMin<int>(static_cast<int>(offer.size()), 1 + rng.bounded(2));
            for (int k = 0; k < count; ++k) {
                const auto [item, price] = offer.takeAt(rng.bounded(static_cast<quint32>(offer.size())));
                t.sales.append({item, price});
            }
        }
    }

    const bool notRespondingUpdate = t.subStatus == u"CUSTOMER_NOT_RESPONDING";
    if ((notRespondingUpdate && chance(rng, 40)) || (state == TicketState::Completed && chance(rng, 6))) {
        FakeFlag flag;
        flag.at = t.activity.constLast().at.addSecs(1200);
        if (notRespondingUpdate) {
            flag.kind = u"Customer not responding without call attempt"_s;
            flag.detail = u"No call from the technician's number to the customer on the day of the update."_s;
        } else {
            flag.kind = u"Closure away from customer location"_s;
            flag.detail = u"Completion was marked %1 km from the service address."_s.arg(3 + rng.bounded(20));
        }
        t.fakeFlags.append(flag);
    }
    return t;
}

void DemoGenerator::reopen(QRandomGenerator& rng, Order& order, qsizetype position, qint64 ticketSerial) const
{
    Ticket& original = order.tickets[position];
    if (StatusCatalog::instance().state(original.status, original.subStatus) != TicketState::Completed
        || original.completedAt.secsTo(m_anchor) < 2 * 86400) {
        return;
    }
    ReopenEntry reopenEntry;
    const qint64 latest = original.completedAt.secsTo(m_anchor) - 3 * 3600;
    reopenEntry.at = original.completedAt.addSecs(qMin<qint64>(latest, 3600LL * (20 + rng.bounded(72))));
    reopenEntry.reason =
        pick(rng,
             std::array<QStringView, 4>{u"Not working properly after the service", u"Leakage after the service",
                                        u"Customer says service not done (fake closure)", u"Improper installation"})
            .toString();
    const int view = rng.bounded(4);
    if (view == 1) {
        reopenEntry.view = u"Alternate Contact Change"_s;
        reopenEntry.detail = mobileNumber(rng.bounded(1000000000), 9);
    } else if (view == 2) {
        reopenEntry.view = u"Address Change"_s;
        reopenEntry.detail =
            u"Flat %1, %2, %3"_s.arg(100 + rng.bounded(900)).arg(pick(rng, societies), order.customer.city);
    }

    Ticket revisit;
    revisit.ticketId =
        u"FHS"_s + QString::number(scramble(ticketSerial, 10000000000ULL, m_seed * 31ULL)).rightJustified(10, u'0');
    reopenEntry.newTicketId = revisit.ticketId;
    original.reopens.append(reopenEntry);
    revisit.line = original.line;
    revisit.service = original.service;
    revisit.product = original.product;
    revisit.slot = original.slot;
    revisit.invoiceAvailable = original.invoiceAvailable;
    revisit.createdAt = reopenEntry.at.addSecs(1800);
    revisit.spd = PolicyClock::localDate(revisit.createdAt).addDays(1 + rng.bounded(3));
    revisit.activity.append(
        {revisit.createdAt, u"Jeeves SRMS"_s, u"CREATED"_s, u"NOT_APPLICABLE"_s,
         u"Revisit registered: customer reopened %1 (%2)."_s.arg(original.ticketId, reopenEntry.reason)});
    revisit.status = u"CREATED"_s;
    revisit.subStatus = u"NOT_APPLICABLE"_s;
    const QDateTime allocated = revisit.createdAt.addSecs(3600 * (2 + rng.bounded(10)));
    if (allocated < m_anchor && chance(rng, 75)) {
        revisit.technician = original.technician;
        const QString name = revisit.technician ? revisit.technician->name : u"Jeeves SRMS"_s;
        revisit.activity.append({allocated, u"Jeeves SRMS"_s, u"ALLOCATED"_s, u"NOT_APPLICABLE"_s,
                                 u"Assigned to %1 for the revisit."_s.arg(name)});
        revisit.status = u"ALLOCATED"_s;
        const QDateTime done = allocated.addSecs(3600 * (20 + rng.bounded(30)));
        if (done < m_anchor && chance(rng, 60)) {
            revisit.activity.append({done, name, u"COMPLETED"_s, u"NOT_APPLICABLE"_s,
                                     u"Revisit done; issue fixed and shown to the customer. COP verified."_s});
            revisit.status = u"COMPLETED"_s;
            revisit.completedAt = done;
            revisit.completion =
                Completion{original.completion ? original.completion->serial : original.product.serial, {}};
        }
    }
    order.tickets.append(revisit);
}

bool DemoGenerator::generate(Database& db, OrderStore& store, qint64 count, const std::function<void(qint64)>& progress,
                             QString* error) const
{
    // Making an order (names, timelines, reopens) takes about a fifth of the time of writing it.
    // A second thread makes the next chunks while this one writes; order(i) depends only on
    // (seed, i, today), so the orders are the same as when made one by one.
    constexpr qint64 chunk = 1000;
    constexpr std::size_t chunksAhead = 4;
    // Large transactions: a random index leaf (OD ID, ticket ID, email, mobile) that many orders
    // of one transaction touch is written to the WAL once for all of them. The bulk page cache
    // holds those dirty pages until the commit.
    constexpr qint64 batch = 25000;
    static_assert(batch % chunk == 0, "a transaction ends where a chunk ends");
    const BulkWriteScope bulk(db);
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QList<Order>> made;
    bool stop = false;

    std::thread maker([&] {
        for (qint64 start = 0; start < count; start += chunk) {
            QList<Order> orders;
            const qint64 end = qMin(count, start + chunk);
            orders.reserve(end - start);
            for (qint64 i = start; i < end; ++i) {
                orders.append(order(i));
            }
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return stop || made.size() < chunksAhead; });
            if (stop) {
                return;
            }
            made.push_back(std::move(orders));
            changed.notify_all();
        }
    });
    const auto joinMaker = qScopeGuard([&] {
        {
            const std::lock_guard lock(mutex);
            stop = true;
        }
        changed.notify_all();
        maker.join();
    });

    for (qint64 start = 0; start < count; start += batch) {
        TransactionScope transaction(db);
        if (!transaction.isActive()) {
            *error = db.errorString();
            return false;
        }
        const qint64 end = qMin(count, start + batch);
        for (qint64 done = start; done < end;) {
            QList<Order> orders;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !made.empty(); });
                orders = std::move(made.front());
                made.pop_front();
            }
            changed.notify_all();
            for (const Order& order : std::as_const(orders)) {
                if (!store.upsert(order)) {
                    *error = tr("Demo order %1 could not be written: %2").arg(done).arg(store.errorString());
                    return false;
                }
                ++done;
            }
        }
        if (!transaction.commit()) {
            *error = db.errorString();
            return false;
        }
        if (progress) {
            progress(end);
        }
    }
    return true;
}
