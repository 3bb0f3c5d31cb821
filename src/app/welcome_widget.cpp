#include "app/welcome_widget.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb::app {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    setAutoFillBackground(true);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);

    // A fixed width lets the layout ask the wrapped paragraphs how tall they are at that width;
    // with only a maximum width the card took its width from the unwrapped text and cut the
    // paragraphs off at the height of two lines.
    auto *card = new QWidget(this);
    card->setFixedWidth(560);
    auto *layout = new QVBoxLayout(card);
    layout->setSpacing(14);

    auto *icon = new QLabel(card);
    icon->setPixmap(QIcon(QStringLiteral(":/app/lagesbild.svg")).pixmap(72, 72));
    layout->addWidget(icon, 0, Qt::AlignHCenter);

    auto *title = new QLabel(tr("Welcome to Lägesbild"), card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);

    const QString paragraphs[] = {
        tr("Lägesbild shows incidents, safety-survey pins and safety-walk findings on a map of your "
           "municipality, so you can build the local crime and safety picture and follow it up over time."),
        tr("Open a store (a .gpkg file), create a new one for your municipality, or create the demo store to "
           "look around.")};
    for (const QString &paragraph : paragraphs) {
        auto *text = new QLabel(paragraph, card);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignHCenter);
        layout->addWidget(text);
    }

    m_open = new QPushButton(tr("Open a store…"), card);
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_newStore = new QPushButton(tr("New store for a municipality…"), card);
    m_newStore->setObjectName(QStringLiteral("welcomeNewStore"));
    m_demo = new QPushButton(tr("Create the demo store…"), card);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    for (QPushButton *b : {m_open, m_newStore, m_demo}) {
        b->setMinimumHeight(36);
        b->setMinimumWidth(260);
        layout->addWidget(b, 0, Qt::AlignHCenter);
    }
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    connect(m_newStore, &QPushButton::clicked, this, &WelcomeWidget::newStoreRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeWidget::createDemoRequested);

    // A centred item is given its size hint, which ignores how tall the wrapped paragraphs are at
    // the card's width; ask the layout for that height instead.
    card->setMinimumHeight(layout->totalHeightForWidth(card->width()));
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(3);
}

} // namespace lb::app
