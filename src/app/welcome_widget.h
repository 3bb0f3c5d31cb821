#pragma once

// WelcomeWidget: what the main window shows while no store is open — what the program is for,
// and the three ways to start: open a store, create one for a municipality, or create the demo
// store. GUI thread only.

#include <QWidget>

class QPushButton;

namespace lb::app {

class WelcomeWidget : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

    QPushButton *openButton() const { return m_open; }
    QPushButton *newStoreButton() const { return m_newStore; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void openRequested();
    void newStoreRequested();
    void createDemoRequested();

private:
    QPushButton *m_open = nullptr;
    QPushButton *m_newStore = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace lb::app
